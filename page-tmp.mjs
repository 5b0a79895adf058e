import { chromium } from '@playwright/test';
const [,, url, out, width = '375', js = 'on', scrollTo = '', height = '700', extra = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: Number(width), height: Number(height) }, javaScriptEnabled: js === 'on', reducedMotion: extra.includes('reduce') ? 'reduce' : 'no-preference' });
const p = await ctx.newPage();
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror', e.message));
await p.goto(url);
await p.waitForTimeout(800);
if (scrollTo) {
  await p.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), scrollTo);
  await p.waitForTimeout(1500);
}
const info = await p.evaluate(() => [...document.querySelectorAll('.scrolly-graphic')].map(g => g.dataset.state));
console.log('states', info, 'scrollY', await p.evaluate(() => scrollY));
await p.screenshot({ path: out });
await b.close();
