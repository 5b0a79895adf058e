import { describe, expect, it } from 'vitest';
import { citeMarker, NOTE_TEXT_CLASS, numberCitations, WORD_JOINER, planCitations, type NoteSource, type NumberingOptions } from './source-notes';

const SOURCES: Record<string, NoteSource> = {
  voa: { title: 'The article', publisher: 'VOA', date: 'October 2022', href: '/sources/article/', external: false },
  S04: {
    title: 'A list <with> "quotes"',
    publisher: 'Newsweek',
    date: '19–20 October 2022',
    href: 'https://copy.example/a',
    host: 'copy.example',
    originalHref: 'https://www.newsweek.com/a',
    originalHost: 'newsweek.com',
    external: true,
  },
  S08: { title: 'The report', publisher: 'Safeguard Defenders', date: '12 September 2022', href: 'https://sd.example/r', host: 'sd.example', external: true },
};

const options: NumberingOptions = {
  slug: 'britain',
  describe: (id) => {
    const source = SOURCES[id];
    if (!source) throw new Error(`no ${id}`);
    return source;
  },
  labels: { source: 'Source', heading: 'Sources for this chapter', backToText: 'Back to the text', original: 'Original:', aboutSource: 'About this source' },
  sourcePageHref: (id) => `/sources/#source-${id}`,
};

const html = [
  `<p>One.${citeMarker(['voa'], ['c-one'])}</p>`,
  `<p>Two.${citeMarker(['S08', 'voa'])}</p>`,
  `<p>Three.${citeMarker(['S04'])}</p>`,
  `<p>Four.${citeMarker(['voa'])}</p>`,
].join('\n');

describe('planning citation numbers', () => {
  it('numbers sources by first citation and records every place that cites each', () => {
    expect(planCitations([['voa'], ['S08', 'voa'], ['S04'], ['voa']])).toEqual({
      notes: [
        { number: 1, sourceId: 'voa', places: [1, 2, 4] },
        { number: 2, sourceId: 'S08', places: [2] },
        { number: 3, sourceId: 'S04', places: [3] },
      ],
      places: [[1], [2, 1], [3], [1]],
    });
  });

  it('counts a source named twice in one place once', () => {
    expect(planCitations([['voa', 'voa']]).places).toEqual([[1]]);
  });
});

describe('numbering citations in rendered HTML', () => {
  const out = numberCitations(html, options);

  it('turns each marker into links to its notes, with chapter-scoped ids', () => {
    expect(out).not.toContain('cite-marker');
    expect(out).toContain(`<sup class="cite" id="cite-britain-1" data-claim="c-one">${WORD_JOINER}<a href="#note-britain-1"><span class="visually-hidden">Source </span>1</a></sup>`);
    expect(out).toContain(
      `<sup class="cite" id="cite-britain-2">${WORD_JOINER}<a href="#note-britain-2"><span class="visually-hidden">Source </span>2</a><span class="cite-sep">,</span><a href="#note-britain-1"><span class="visually-hidden">Source </span>1</a></sup>`,
    );
  });

  it('lists each source once, in order, with back-links to every citing place', () => {
    const notes = [...out.matchAll(/<li id="note-britain-(\d+)" data-source="([^"]+)">/g)].map((match) => `${match[1]}:${match[2]}`);
    expect(notes).toEqual(['1:voa', '2:S08', '3:S04']);
    const voaNote = /<li id="note-britain-1"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect([...voaNote.matchAll(/href="#cite-britain-(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2', '4']);
    const s08Note = /<li id="note-britain-2"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect(s08Note).toContain('<a class="note-back" href="#cite-britain-2" aria-label="Back to the text">↑</a>');
  });

  it('shows title, host, publisher, date, the original and the registry entry, escaped', () => {
    const note = /<li id="note-britain-3"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect(note).toContain('<cite><a href="https://copy.example/a" rel="external noreferrer">A list &lt;with&gt; &quot;quotes&quot;</a></cite>');
    expect(note).toContain(' (copy.example)');
    expect(note).toContain(' Newsweek, 19–20 October 2022.');
    expect(note).toContain('Original: <a href="https://www.newsweek.com/a" rel="external noreferrer">newsweek.com</a>');
    expect(note).toContain('<a href="/sources/#source-S04">About this source</a>');
  });

  it("holds each note's text in a block of its own, inside the list item", () => {
    const items = [...out.matchAll(/<li id="note-britain-\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]);
    expect(items).toHaveLength(3);
    for (const item of items) expect(item).toMatch(new RegExp(`^<div class="${NOTE_TEXT_CLASS}">[\\s\\S]*</div>$`));
  });

  it('links our own copy of a source without marking it external', () => {
    expect(out).toContain('<cite><a href="/sources/article/">The article</a></cite>');
  });

  it('appends one notes list with a heading whose id is unique to the chapter', () => {
    expect(out.match(/<div class="notes">/g)).toHaveLength(1);
    expect(out).toContain('<h2 class="notes-title" id="notes-britain">Sources for this chapter</h2>');
  });

  it('gives the same result every time (numbering depends only on document order)', () => {
    expect(numberCitations(html, options)).toBe(out);
  });

  it('leaves HTML without citations untouched', () => {
    expect(numberCitations('<p>No sources here.</p>', options)).toBe('<p>No sources here.</p>');
  });
});
