/**
 * Glossary and classroom (issue 5): terms are defined where they first
 * appear, with and without JavaScript and for screen readers; the glossary
 * page lists every term; the teacher's guide covers every chapter and shows
 * each one's reading time and reading level, which the reader's view leaves out.
 */
import { expect, test } from '@playwright/test';
import { glossaryFromContent, uiWords } from './support/content';
import { chaptersFromContent } from './support/site';

const chapters = chaptersFromContent();
const glossary = glossaryFromContent();
const ui = uiWords();

test.describe('glossary terms in chapters', () => {
  test('a term opens its definition in place, and screen readers hear it as the description', async ({ page }) => {
    const first = chapters[0];
    if (!first) throw new Error('no chapters');
    await page.goto(`chapters/${first.slug}/`);
    const toggles = page.locator('button.term-toggle');
    expect(await toggles.count()).toBeGreaterThan(0);
    const toggle = toggles.first();
    const popoverId = (await toggle.getAttribute('popovertarget')) ?? '';
    const id = popoverId.replace(/^term-popover-/, '');
    const entry = glossary.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`term ${id} is not in content/glossary.yaml`);
    await expect(toggle).toHaveAccessibleDescription(entry.definition);
    const popover = page.locator(`[id="${popoverId}"]`);
    await expect(popover).toBeHidden();
    await toggle.click();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText(entry.definition);
    await expect(popover.getByRole('link', { name: ui.glossaryMore })).toHaveAttribute('href', new RegExp(`glossary/#${id}$`));
    await popover.getByRole('button', { name: ui.closeDefinition }).click();
    await expect(popover).toBeHidden();
  });

  test('every term the story marks is defined on the one-page story once', async ({ page }) => {
    await page.goto('./');
    const ids = await page.locator('button.term-toggle dfn').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

test.describe('the glossary page', () => {
  test('lists every term with its definition and a link to where it is first used', async ({ page }) => {
    await page.goto('glossary/');
    for (const entry of glossary) {
      const item = page.locator(`dt[id="${entry.id}"] + dd`);
      await expect(item).toContainText(entry.definition);
    }
    const firstUses = page.locator('.first-use a');
    expect(await firstUses.count()).toBeGreaterThan(0);
    const href = (await firstUses.first().getAttribute('href')) ?? '';
    await page.goto(href);
    await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toBeVisible();
  });
});

test.describe('the teacher’s guide', () => {
  test('covers every chapter with a summary, 3–5 questions and key terms from the glossary', async ({ page }) => {
    await page.goto('classroom/');
    await expect(page.locator('h1')).toHaveCount(1);
    const sections = page.locator('section.chapter-guide');
    await expect(sections).toHaveCount(chapters.length);
    for (const [index, chapter] of chapters.entries()) {
      const section = sections.nth(index);
      await expect(section.locator('h3')).toHaveText(chapter.title);
      await expect(section.getByRole('link', { name: /./ }).first()).toHaveAttribute('href', new RegExp(`chapters/${chapter.slug}/$`));
      const questions = await section.locator('ol > li').count();
      expect(questions, chapter.slug).toBeGreaterThanOrEqual(3);
      expect(questions, chapter.slug).toBeLessThanOrEqual(5);
      const termLinks = await section.locator('.terms a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(termLinks.length).toBeGreaterThan(0);
      for (const href of termLinks) expect(glossary.map((entry) => entry.id)).toContain(href.split('#')[1]);
    }
    expect(await page.locator('section.activity').count()).toBeGreaterThanOrEqual(2);
  });
});

test.describe('reading level', () => {
  test('readers see no reading-level or minutes badges; the teacher’s guide shows both for every chapter', async ({ page }) => {
    for (const path of ['./', ...chapters.map((chapter) => `chapters/${chapter.slug}/`)]) {
      await page.goto(path);
      await expect(page.locator('main')).not.toContainText(ui.readingLevel ?? 'Reading level');
      await expect(page.locator('main')).not.toContainText(ui.minutesRead ?? 'min read');
    }
    await page.goto('classroom/');
    for (const chapter of chapters) {
      const kicker = page.locator(`section[aria-labelledby="guide-${chapter.slug}"] .kicker`);
      await expect(kicker, chapter.slug).toContainText(ui.readingLevel ?? 'Reading level');
      await expect(kicker, chapter.slug).toContainText(ui.minutesRead ?? 'min read');
    }
  });
});
