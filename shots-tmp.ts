import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
const file = pathToFileURL('dist/offline/overseas-110-en.html').href;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [375, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: width === 375 ? 740 : 800 }, offline: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => { if (r.url() !== file) requests.push(r.url()); });
  await page.goto(file);
  await page.evaluate(() => document.fonts.ready);
  for (const sel of process.argv.slice(2)) {
    if (sel !== 'top') await page.locator(sel).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/offshots/${width}-${sel.replace(/[^a-z0-9]/gi, '_')}.png` });
  }
  console.log(width, 'requests', requests);
  await context.close();
}
await browser.close();
