import { chromium } from '@playwright/test';
const [,, base, ...specs] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const spec of specs) {
  const [path, width, scroll = '0', js = 'on', name] = spec.split('|');
  const context = await browser.newContext({ viewport: { width: Number(width), height: Number(width) < 400 ? 740 : 860 }, javaScriptEnabled: js === 'on' });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  if (/^\d+$/.test(scroll)) await page.evaluate((y) => window.scrollTo(0, Number(y)), scroll); else await page.evaluate((sel) => { const el = document.querySelector(sel); window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80); }, scroll);
  if (spec.endsWith('|click')) {}
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/i18n-shots/${name}.png` });
  await context.close();
}
await browser.close();
