import { chromium } from '@playwright/test';
const [,, file, out, width = '1560', scheme = 'light'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 600 }, colorScheme: scheme });
await p.goto('file://' + file);
await p.screenshot({ path: out, fullPage: true });
await b.close();
