/**
 * Accessibility gate: axe-core checks one page of each template, at a phone
 * width and a desktop width, against WCAG 2.0, 2.1 and 2.2 A/AA and axe's best
 * practices. Every part of the page is brought on screen first, so lazily
 * hydrated charts are checked in the state a reader meets them. The desktop
 * run uses the dark colour scheme, so both palettes are checked for contrast.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { label } from '../../support/dist';
import { LANGUAGE_GATE_PAGES, REPRESENTATIVES } from '../../support/templates';
import { describeViolations } from '../support/axe-report';
import { revealEverything } from '../support/reveal';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWPORTS = [
  { width: 375, height: 812, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
] as const;

for (const { template, path } of REPRESENTATIVES) {
  for (const viewport of VIEWPORTS) {
    test(`${template} (${label(path)}) at ${viewport.width}px, ${viewport.colorScheme}: no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme: viewport.colorScheme });
      await page.goto(path || './');
      await revealEverything(page);
      // An embed is a fragment shown inside another site's article, whose own h1 heads the page.
      const builder = new AxeBuilder({ page }).withTags(TAGS);
      const results = await (template === 'embed' ? builder.disableRules(['page-has-heading-one']) : builder).analyze();
      // A page that axe could not check at all would pass silently.
      expect(results.passes.length, 'axe ran no checks').toBeGreaterThan(10);
      expect(describeViolations(results.violations), `axe found ${results.violations.length} rule(s) broken on ${label(path)}`).toEqual([]);
    });
  }
}

// The Chinese editions share the templates, not the words: their translation marks, popovers and
// language attributes are checked on the story (简体) and a chapter with a chart (繁體), at the phone width.
for (const { template, path } of LANGUAGE_GATE_PAGES) {
  const viewport = VIEWPORTS[0];
  test(`${template} (${label(path)}) at ${viewport.width}px, ${viewport.colorScheme}: no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.emulateMedia({ colorScheme: viewport.colorScheme });
    await page.goto(path);
    await revealEverything(page);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.passes.length, 'axe ran no checks').toBeGreaterThan(10);
    expect(describeViolations(results.violations), `axe found ${results.violations.length} rule(s) broken on ${label(path)}`).toEqual([]);
  });
}
