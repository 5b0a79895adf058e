import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
await page.goto('http://127.0.0.1:4411/zh-hant/chapters/what-are-the-stations/#does-china-agree');
await page.waitForTimeout(500);
await page.locator('#does-china-agree button.translation-mark').first().click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/i18n-shots/hant-375-popover.png' });
await browser.close();
