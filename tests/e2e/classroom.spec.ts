/**
 * Glossary terms in the browser: a marked term opens its definition in place
 * and closes again, and screen readers hear the definition as the term's
 * description. What the glossary, the teacher's guide and the chapter headers
 * hold is checked in tests/dist/classroom.test.ts.
 */
import { expect, test } from '@playwright/test';
import { chaptersFromContent, glossaryFromContent, uiWords } from '../support/content';
import { curlQuotes } from '../support/site';

test('a term opens its definition in place, and screen readers hear it as the description', async ({ page }) => {
  const [first] = chaptersFromContent();
  if (!first) throw new Error('no chapters');
  const ui = uiWords();
  await page.goto(`chapters/${first.slug}/`);
  const toggle = page.locator('button.term-toggle').first();
  const popoverId = (await toggle.getAttribute('popovertarget')) ?? '';
  const id = popoverId.replace(/^term-popover-/, '');
  const entry = glossaryFromContent().find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`term ${id} is not in content/glossary.yaml`);
  // The definition as the build sets it, quotes and apostrophes typographic.
  const definition = curlQuotes(entry.definition);
  await expect(toggle).toHaveAccessibleDescription(definition);
  const popover = page.locator(`[id="${popoverId}"]`);
  await expect(popover).toBeHidden();
  await toggle.click();
  await expect(popover).toBeVisible();
  await expect(popover).toContainText(definition);
  await expect(popover.getByRole('link', { name: ui.glossaryMore })).toHaveAttribute('href', new RegExp(`glossary/#${id}$`));
  await popover.getByRole('button', { name: ui.closeDefinition }).click();
  await expect(popover).toBeHidden();
});
