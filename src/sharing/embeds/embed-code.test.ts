/**
 * Embed code for newsrooms (embed-code.ts): the address, the fixed height
 * for hosts without script, and the iframe and pym.js snippets.
 */
import { describe, expect, it } from 'vitest';
import { embedFrameHeight, embedPath, iframeCode, pymCode } from './embed-code';

const input = {
  url: 'https://example.org/embed/timeline/',
  title: 'From "community centres" to <court> cases',
  height: 740,
  containerId: 'overseas-110-timeline',
};

describe('embedPath', () => {
  it('gives the embed page of a chart under the base', () => {
    expect(embedPath('stations-map')).toBe('embed/stations-map/');
  });
});

describe('embedFrameHeight', () => {
  const note = 'A note on what the chart cannot show. '.repeat(3);
  it('grows with the chart aspect and with the text around it', () => {
    const wide = embedFrameHeight({ svgWidth: 600, svgHeight: 300, texts: [note] });
    const tall = embedFrameHeight({ svgWidth: 600, svgHeight: 600, texts: [note] });
    const moreNotes = embedFrameHeight({ svgWidth: 600, svgHeight: 300, texts: [note, note, note] });
    const longerNote = embedFrameHeight({ svgWidth: 600, svgHeight: 300, texts: [note + note] });
    expect(tall).toBeGreaterThan(wide);
    expect(moreNotes).toBeGreaterThan(longerNote);
    expect(longerNote).toBeGreaterThan(wide);
  });

  it('is a whole multiple of ten and at least the drawing itself', () => {
    const height = embedFrameHeight({ svgWidth: 400, svgHeight: 1000, texts: [] });
    expect(height % 10).toBe(0);
    expect(height).toBeGreaterThan(1000);
  });

  it('refuses a chart with no size', () => {
    expect(() => embedFrameHeight({ svgWidth: 0, svgHeight: 300, texts: [] })).toThrow(/must be positive/);
  });
});

describe('iframeCode', () => {
  it('is one iframe with the address, an escaped title and the fixed height', () => {
    const code = iframeCode(input);
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(code).toContain('src="https://example.org/embed/timeline/"');
    expect(code).toContain('title="From &quot;community centres&quot; to &lt;court&gt; cases"');
    expect(code).toContain('height="740"');
    expect(code).not.toContain('<script');
  });
});

describe('pymCode', () => {
  it('wraps the plain iframe in noscript and starts pym.Parent on the same container and address', () => {
    const code = pymCode(input);
    expect(code).toContain(`<div id="overseas-110-timeline"><noscript>${iframeCode(input)}</noscript></div>`);
    expect(code).toContain('new pym.Parent("overseas-110-timeline", "https://example.org/embed/timeline/", {"title":');
  });

  it('cannot close its own script element through the title', () => {
    const code = pymCode({ ...input, title: 'a</script><script>alert(1)</script>' });
    expect(code.match(/<\/script>/g)).toHaveLength(1);
  });
});
