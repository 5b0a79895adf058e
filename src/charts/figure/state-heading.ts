/**
 * The line a chart draws at the top of a state (its `chart-text--heading`
 * texts, see charts.css), read back from a picture of that state: the name
 * of the state wherever it is offered on its own, as an embed's tab. Empty
 * when the chart draws no heading.
 */
const HEADING_TEXT = /<text\b[^>]*\bclass="[^"]*\bchart-text--heading\b[^"]*"[^>]*>([\s\S]*?)<\/text>/g;

/** The heading's words, its lines (tspans) joined by spaces. */
export function stateHeading(picture: string): string {
  return [...picture.matchAll(HEADING_TEXT)]
    .map(([, text = '']) => text.replace(/<\/tspan>\s*<tspan\b/g, ' </tspan><tspan').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;|&#34;/g, '"').replace(/&#39;/g, "'").trim())
    .filter(Boolean)
    .join(' ');
}
