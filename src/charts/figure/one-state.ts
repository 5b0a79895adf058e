/**
 * A drawing that carries every state of its chart (drawing/state-looks.ts),
 * written at one state for good: what share cards, the pictures beside each
 * step (JavaScript off, print, embeds) and the story's first screen draw.
 * Pure string work on our own components' SVG, so it runs anywhere.
 */

/**
 * Writes the state at `index` into a drawing that carries every state: drops
 * the marks hidden in it, marks the dimmed ones is-dim and gives the moving
 * ones that state's transform as an attribute (SVG's own syntax, no units).
 * The state layers' attributes go: the drawing is in one state for good.
 * Other style declarations (an SVG's own aspect-ratio, say) stay.
 */
export function atState(svg: string, index: number): string {
  const resolved = svg
    .replace(/\sdata-state-index="[^"]*"/g, '')
    .replace(/\sstyle="([^"]*)"/g, (_match, style: string) => {
      const declarations = style.split(';').map((declaration) => declaration.trim()).filter(Boolean);
      const place = declarations.find((declaration) => declaration.startsWith(`--at-${index}:`))?.slice(`--at-${index}:`.length);
      const kept = declarations.filter((declaration) => !/^--at-\d+:/.test(declaration));
      const transform = place ? ` transform="${place.replace(/px/g, '').replace(/,/g, ' ')}"` : '';
      return `${transform}${kept.length > 0 ? ` style="${kept.join(';')}"` : ''}`;
    })
    .replace(/\sclass="([^"]*)"/g, (_match, classes: string) => {
      const kept = classes.split(/\s+/).flatMap((name) => {
        const look = /^(off|dim)-(\d+)$/.exec(name);
        if (!look) return name ? [name] : [];
        return Number(look[2]) === index ? [look[1] === 'off' ? 'is-off' : 'is-dim'] : [];
      });
      return kept.length > 0 ? ` class="${kept.join(' ')}"` : '';
    });
  return withoutHidden(resolved);
}

/** Removes every element that carries the is-off class, with its content (SVG from our own components only). */
export function withoutHidden(svg: string): string {
  let result = svg;
  for (let guard = 0; guard < 10_000; guard += 1) {
    const match = /<(\w+)\b[^>]*\bclass="[^"]*\bis-off\b[^"]*"[^>]*?(\/>|>)/.exec(result);
    if (!match) return result;
    const [tag, name, ending] = match;
    const start = match.index;
    if (ending === '/>') {
      result = result.slice(0, start) + result.slice(start + tag.length);
      continue;
    }
    // Find the matching close tag, counting nested elements of the same name.
    const pattern = new RegExp(`<${name}\\b[^>]*?(/?)>|</${name}>`, 'g');
    pattern.lastIndex = start + tag.length;
    let depth = 1;
    let end = -1;
    for (let next = pattern.exec(result); next; next = pattern.exec(result)) {
      if (next[0].startsWith('</')) depth -= 1;
      else if (next[1] !== '/') depth += 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    if (end < 0) return result;
    result = result.slice(0, start) + result.slice(end);
  }
  return result;
}
