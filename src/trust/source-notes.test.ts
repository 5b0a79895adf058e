import { describe, expect, it } from 'vitest';
import { citeMarker, NOTE_TEXT_CLASS, numberCitations, WORD_JOINER, planCitations, type NoteSource, type NumberingOptions } from './source-notes';

const SOURCES: Record<string, NoteSource> = {
  voa: {
    title: 'The report',
    publisher: 'VOA',
    date: 'October 2022',
    href: 'https://voa.example/r',
    host: 'voa.example',
    copyHref: '/sources/article/',
    copyLabel: 'Our copy of the text',
    copyExternal: false,
  },
  S04: {
    title: 'A list <with> "quotes"',
    publisher: 'Newsweek',
    date: '19–20 October 2022',
    href: 'https://www.newsweek.com/a',
    host: 'newsweek.com',
    copyHref: 'https://copy.example/a',
    copyHost: 'copy.example',
    copyLabel: 'Repost',
    copyExternal: true,
  },
  S08: { title: 'The report', publisher: 'Safeguard Defenders', date: '12 September 2022', href: 'https://sd.example/r', host: 'sd.example' },
  S30: { title: 'A release', publisher: 'A department', date: '17 April 2023', copyHref: 'https://repost.example/r', copyHost: 'repost.example', copyLabel: 'Repost', copyExternal: true },
};

const options: NumberingOptions = {
  slug: 'britain',
  describe: (id) => {
    const source = SOURCES[id];
    if (!source) throw new Error(`no ${id}`);
    return source;
  },
  labels: { source: 'Source', heading: 'Sources for this chapter', backToText: 'Back to the text', aboutSource: 'About this source', show: 'Show all {count} sources', meta: ' {publisher}, {date}.', colon: ': ', bracketed: ' ({text})' },
  sourcePageHref: (id) => `/sources/#source-${id}`,
};

const html = [
  `<p>One.${citeMarker(['voa'], ['c-one'])}</p>`,
  `<p>Two.${citeMarker(['S08', 'voa'])}</p>`,
  `<p>Three.${citeMarker(['S04'])}</p>`,
  `<p>Four.${citeMarker(['voa'])}</p>`,
  `<p>Five.${citeMarker(['S30'])}</p>`,
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
    expect(notes).toEqual(['1:voa', '2:S08', '3:S04', '4:S30']);
    const voaNote = /<li id="note-britain-1"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect([...voaNote.matchAll(/href="#cite-britain-(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2', '4']);
    const s08Note = /<li id="note-britain-2"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect(s08Note).toContain('<a class="note-back" href="#cite-britain-2" aria-label="Back to the text">↑</a>');
  });

  it("links the title to the original publisher, then the copy as a second link labelled as one, escaped", () => {
    const note = /<li id="note-britain-3"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect(note).toContain('<cite><a href="https://www.newsweek.com/a" rel="external noreferrer">A list &lt;with&gt; &quot;quotes&quot;</a></cite>');
    expect(note).toContain(' (newsweek.com)');
    expect(note).toContain(' Newsweek, 19–20 October 2022.');
    expect(note).toContain('<span class="note-copy"> · Repost: <a href="https://copy.example/a" rel="external noreferrer">copy.example</a></span>');
    expect(note.indexOf('newsweek.com/a')).toBeLessThan(note.indexOf('copy.example/a'));
    expect(note).toContain('<a href="/sources/#source-S04">About this source</a>');
  });

  it('leaves the title unlinked when the original is not known, and still labels the copy', () => {
    const note = /<li id="note-britain-4"[\s\S]*?<\/li>/.exec(out)?.[0] ?? '';
    expect(note).toContain('<cite>A release</cite>');
    expect(note).toContain('Repost: <a href="https://repost.example/r" rel="external noreferrer">repost.example</a>');
  });

  it("holds each note's text in a block of its own, inside the list item", () => {
    const items = [...out.matchAll(/<li id="note-britain-\d+"[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]);
    expect(items).toHaveLength(4);
    for (const item of items) expect(item).toMatch(new RegExp(`^<div class="${NOTE_TEXT_CLASS}">[\\s\\S]*</div>$`));
  });

  it('links our own copy of a source by its label, without marking it external', () => {
    expect(out).toContain('<span class="note-copy"> · <a href="/sources/article/">Our copy of the text</a></span>');
  });

  it('appends one notes list, collapsed, with a heading whose id is unique to the chapter', () => {
    expect(out.match(/<div class="notes">/g)).toHaveLength(1);
    expect(out).toContain('<h2 class="notes-title" id="notes-britain">Sources for this chapter</h2><details class="notes-list"><summary class="notes-summary">Show all 4 sources</summary><ol>');
    expect(out).not.toMatch(/<details class="notes-list" open/);
  });

  it('gives the same result every time (numbering depends only on document order)', () => {
    expect(numberCitations(html, options)).toBe(out);
  });

  it('leaves HTML without citations untouched', () => {
    expect(numberCitations('<p>No sources here.</p>', options)).toBe('<p>No sources here.</p>');
  });
});
