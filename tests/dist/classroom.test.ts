/**
 * Glossary and classroom, read from the built pages: a marked term carries
 * its definition in the page (for readers without JavaScript, in print and as
 * the screen-reader description) and is defined once per page; the glossary
 * lists every term with a link to its first use; the teacher's guide covers
 * every chapter with its reading time and grade, which the reader's view
 * leaves out. Opening a
 * definition is tested in the browser (tests/e2e/classroom.spec.ts).
 */
import { describe, expect, test } from 'vitest';
import { chaptersFromContent, classroomActivities, glossaryFromContent, inPage, uiWords } from '../support/content';
import { localPath } from '../support/site';
import { allPages, languageOf, page, resolveLink } from '../support/dist';
import { attr, describe as describeElement, squash, text } from '../support/html';

const chapters = chaptersFromContent();
const glossary = glossaryFromContent();
const definitions = new Map(glossary.map((entry) => [entry.id, entry]));
const ui = uiWords();

describe.each(allPages())('/%s', (address) => {
  test('every marked term opens its own definition, which also describes it, and is defined once', () => {
    const html = page(address);
    const { lang } = languageOf(address);
    const definitions = new Map(glossaryFromContent(lang).map((entry) => [entry.id, { ...entry, definition: inPage(entry.definition, lang) }]));
    const problems = html.all('button.term-toggle').flatMap((toggle) => {
      const popoverId = attr(toggle, 'popovertarget') ?? '';
      const id = popoverId.replace(/^term-popover-/, '');
      const entry = definitions.get(id);
      if (!entry) return [`${describeElement(toggle)}: "${id}" is not in content/glossary.yaml`];
      const popover = html.byId(popoverId);
      const description = html.byId(attr(toggle, 'aria-describedby') ?? '');
      const wrong: string[] = [];
      if (!popover || attr(popover, 'popover') === undefined) wrong.push(`no popover #${popoverId}`);
      else {
        if (!squash(text(popover)).includes(squash(entry.definition))) wrong.push('the popover lacks the definition');
        const more = html.attrs('a', 'href', popover).map((href) => resolveLink(address, href));
        if (!more.some((target) => target.address === localPath('glossary/', lang) && target.fragment === id)) wrong.push('no link to the term in the glossary');
        if (html.all(`button[popovertarget="${popoverId}"][popovertargetaction="hide"]`, popover).length !== 1) wrong.push('no close button');
      }
      if (!description || squash(text(description)) !== squash(entry.definition)) wrong.push('aria-describedby does not give the definition');
      return wrong.map((problem) => `${id}: ${problem}`);
    });
    expect(problems).toEqual([]);
    const ids = html.attrs('button.term-toggle dfn', 'id');
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'terms defined twice',
    ).toEqual([]);
  });
});

test('the story and each chapter mark terms from the glossary', () => {
  expect(page('').all('button.term-toggle dfn').length).toBeGreaterThan(0);
  // Each term is marked at its first appearance in the chapters, so the one-page story marks every term a chapter marks.
  const inChapters = new Set(chapters.flatMap((chapter) => page(`chapters/${chapter.slug}/`).attrs('button.term-toggle dfn', 'id')));
  expect([...inChapters].filter((id) => !page('').byId(id))).toEqual([]);
});

test('the glossary lists every term with its definition and a link to where it is first used', () => {
  const html = page('glossary/');
  for (const entry of glossary) {
    expect(html.texts(`dt[id="${entry.id}"] + dd`)[0] ?? '', entry.id).toContain(squash(entry.definition));
  }
  const firstUses = html.attrs('.first-use a', 'href');
  expect(firstUses.length).toBeGreaterThan(0);
  const broken = firstUses.filter((href) => {
    const target = resolveLink('glossary/', href);
    return target.address === undefined || !page(target.address).byId(target.fragment);
  });
  expect(broken).toEqual([]);
});

test('the teacher’s guide covers every chapter with a summary, 3–5 questions and key terms from the glossary', () => {
  const html = page('classroom/');
  expect(html.all('h1')).toHaveLength(1);
  const sections = html.all('section.chapter-guide');
  expect(sections).toHaveLength(chapters.length);
  chapters.forEach((chapter, index) => {
    const section = sections[index];
    if (!section) return;
    expect(html.texts('h3', section), chapter.slug).toEqual([chapter.title]);
    const chapterLink = html.attrs('a[href]', 'href', section).map((href) => resolveLink('classroom/', href).address)[0];
    expect(chapterLink, chapter.slug).toBe(`chapters/${chapter.slug}/`);
    const questions = html.all('ol > li', section).length;
    expect(questions, chapter.slug).toBeGreaterThanOrEqual(3);
    expect(questions, chapter.slug).toBeLessThanOrEqual(5);
    const terms = html.attrs('.terms a', 'href', section).map((href) => resolveLink('classroom/', href));
    expect(terms.length, chapter.slug).toBeGreaterThan(0);
    for (const term of terms) {
      expect(term.address, chapter.slug).toBe('glossary/');
      expect(definitions.has(term.fragment), `${chapter.slug}: ${term.fragment}`).toBe(true);
    }
  });
  expect(html.all('section.activity').length).toBe(classroomActivities().length);
  expect(html.all('section.activity').length).toBeGreaterThanOrEqual(2);
});

describe('reading level', () => {
  test('readers see no reading-level or minutes badges on the story or a chapter', () => {
    for (const address of ['', ...chapters.map((chapter) => `chapters/${chapter.slug}/`)]) {
      const main = page(address).texts('main').join(' ');
      expect(main, address).not.toContain(ui.readingLevel);
      expect(main, address).not.toContain(ui.minutesRead);
    }
  });

  for (const chapter of chapters) {
    test(`the teacher’s guide gives ${chapter.slug} its reading time and a grade from 1 to 10`, () => {
      const html = page('classroom/');
      const kicker = html.texts(`section[aria-labelledby="guide-${chapter.slug}"] .kicker`);
      expect(kicker).toHaveLength(1);
      expect(kicker[0]).toMatch(new RegExp(`\\d+ ${ui.minutesRead}`));
      expect(kicker[0]).toContain(ui.readingLevel);
      const grade = Number(/(\d+)\s*$/.exec(kicker[0] ?? '')?.[1]);
      expect(grade).toBeGreaterThanOrEqual(1);
      expect(grade).toBeLessThanOrEqual(10);
    });
  }
});
