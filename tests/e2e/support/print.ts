/**
 * What a printed page must leave out and keep: no navigation or controls;
 * every chart figure and its drawings (on paper, each step's picture of its
 * own state; an embed's panels); every glossary term with its definition.
 */
import type { Page } from '@playwright/test';

export async function printProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const problems: string[] = [];
  for (const selector of ['nav', '.site-header', '.skip-link', 'button:not(.term-toggle)', '.heading-anchor', '.cite-this', '[data-embed-panel]']) {
    const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
    if (shown > 0) problems.push(`${shown} × ${selector} should not print`);
  }
  // Every chart figure and its step pictures print (also anything marked .chart or [data-print-state]).
  const hiddenCharts = await page
    .locator('.chart-figure, .chart-figure .step-picture, .chart, [data-print-state]')
    .evaluateAll((elements) => elements.filter((element) => !element.checkVisibility()).map((element) => element.outerHTML.slice(0, 80)));
  problems.push(...hiddenCharts.map((chart) => `does not print: ${chart}`));
  // Glossary terms print with their definitions inline.
  const terms = await page.locator('.term-toggle').count();
  const definitions = await page.locator('.term-definition').evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
  if (definitions !== terms) problems.push(`${terms} terms but ${definitions} printed definitions`);
  return problems;
}
