import { describe, expect, it } from 'vitest';
import { groupIntoParts, STORY_PART_CLASS } from './story-parts';

const OPEN = `<div class="${STORY_PART_CLASS}">`;

/** The parts' contents, in order, as the markup between their wrapper tags. */
function partsOf(html: string): string[] {
  return [...html.matchAll(new RegExp(`${OPEN}([\\s\\S]*?)</div>(?=\\s*(?:<div class="${STORY_PART_CLASS}">|<figure|<div class="notes"|$))`, 'g'))].map((match) => match[1]);
}

describe('groupIntoParts', () => {
  it('puts each section, from one h2 to the next, in its own part', () => {
    const html = '<p>Lead.</p><h2 id="a">A</h2><p>One.</p><p>Two.</p><h2 id="b">B</h2><p>Three.</p>';
    expect(partsOf(groupIntoParts(html))).toEqual(['<p>Lead.</p>', '<h2 id="a">A</h2><p>One.</p><p>Two.</p>', '<h2 id="b">B</h2><p>Three.</p>']);
  });

  it('leaves scrolly charts and the source notes outside every part, and starts a new part after them', () => {
    const scrolly = '<figure class="chart-figure scrolly" id="map"><svg viewBox="0 0 1 1"><text>x</text></svg><div class="scrolly-steps"><p>Step</p></div></figure>';
    const notes = '<div class="notes"><h2 class="notes-title" id="notes-x">Sources</h2><ol><li>S</li></ol></div>';
    const html = `<h2 id="a">A</h2><p>One.</p>${scrolly}<p>After.</p>${notes}`;
    const grouped = groupIntoParts(html);
    expect(grouped).toBe(`${OPEN}<h2 id="a">A</h2><p>One.</p></div>${scrolly}${OPEN}<p>After.</p></div>${notes}`);
  });

  it('keeps quotes and lists in the section they sit in', () => {
    const html = '<h2 id="a">A</h2><p>One.</p><figure class="quote"><blockquote><p>Q</p></blockquote></figure><ul><li>L</li></ul>';
    expect(partsOf(groupIntoParts(html))).toEqual([html]);
  });

  it('opens sections only at top-level h2s, not at headings inside a block', () => {
    const html = '<h2 id="a">A</h2><div class="box"><h2 id="inner">Inner</h2><p>In.</p></div><p>Out.</p>';
    expect(partsOf(groupIntoParts(html))).toEqual([html]);
  });

  it('changes no byte of the chapter: without the wrappers, the markup is the input', () => {
    const html = '\n<p>Lead <a href="#x" data-copy-link>link</a> &amp; “quote”.</p>\n<h2 id="a">A <sup class="cite">1</sup></h2>\n<p>One.<br>Two.</p>\n<!--[--><svg><path d="M0 0l1 1"/></svg>\n';
    const grouped = groupIntoParts(html);
    expect(grouped.split(OPEN).join('').replace(/<\/div>/g, '')).toBe(html);
    expect(grouped).not.toBe(html);
  });

  it('leaves markup with no blocks as it is', () => {
    expect(groupIntoParts('')).toBe('');
    expect(groupIntoParts('  text only  ')).toBe('  text only  ');
  });
});
