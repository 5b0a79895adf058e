/**
 * Accessibility gate for the Chinese editions. They share the templates
 * (checked in every language-independent way by templates.spec.ts), not the
 * words: their translation marks, popovers and language attributes are
 * checked with axe on the story (简体) and a chapter with a chart (繁體), at
 * the phone width. Every part of the page is brought on screen first, so
 * lazily hydrated charts are checked in the state a reader meets them.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { label } from '../../support/dist';
import { LANGUAGE_GATE_PAGES } from '../../support/templates';
import { AXE_REPORT, AXE_TAGS, describeViolations } from '../support/axe-report';
import { revealEverything } from '../support/reveal';

for (const { template, path } of LANGUAGE_GATE_PAGES) {
  test(`${template} (${label(path)}) at 375px: no axe violations`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(path);
    await revealEverything(page);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options(AXE_REPORT).analyze();
    expect(results.passes.length, 'axe ran no checks').toBeGreaterThan(10);
    expect(describeViolations(results.violations), `axe found ${results.violations.length} rule(s) broken on ${label(path)}`).toEqual([]);
  });
}
