/**
 * Performance benchmark (not a test: it prints figures and never fails on
 * them). Builds the site, serves dist/ with its real headers and gzip, then:
 *
 * 1. runs Lighthouse (mobile, simulated throttling) with the local Chromium on
 *    the story page and the first chapter page, five times each, and prints
 *    every run's performance score and metrics, then for the median run (as
 *    Lighthouse picks it) the four category scores, LCP, CLS, TBT and the
 *    bytes each page loads by type (gzipped, from the built files);
 * 2. scrolls the whole story like a reader with the CPU slowed 4×, three
 *    times in each of four ways (the machine's speed varies from run to run):
 *    a skim with the mouse wheel and one with touch drags, without a stop;
 *    the wheel stopping at every step, so every chart takes every state; and
 *    the wheel turning slowly through each chart, so the charts change state
 *    while the page scrolls.
 *    Prints every long task (over 50 ms) seen while scrolling, with the
 *    scroll position and the chart on screen when it began (and a count by
 *    place), the scroll's blocking time (blocking-time.ts), how
 *    many times the charts changed state, and how long the main thread was
 *    busy: a sum over thousands of frames, steadier than a count of the few
 *    that cross 50 ms. Before and after each scroll it scores the
 *    slowed CPU with Lighthouse's CPU benchmark and says which phone that is
 *    (device-speed.ts), then lists every run by that score.
 *
 * Bytes and Lighthouse's simulated figures are the steady measures (run
 * Lighthouse several times on a busy machine); long tasks on a slowed CPU
 * vary from run to run, so they are printed with their spread, never taken
 * as a target. Story JavaScript is printed by `npm run bench:js`.
 *
 *   npm run bench                 (build first)
 *   npm run bench -- --no-build   (use the dist/ already there)
 *   npm run bench -- --runs 1     (scroll once with each input; 0: no scrolls)
 *   npm run bench -- --lighthouse-runs 1   (one Lighthouse run per page, not five; 0: none)
 *   npm run bench -- --inputs slow,reading  (only these scrolls: wheel, touch, reading, slow)
 *   npm run bench -- --dist /tmp/other-build   (measure a build made elsewhere; no build)
 *   npm run bench -- --calibrate  (slow the CPU to a low-tier phone's speed, found before
 *                                  each scroll as Chrome DevTools calibrates, not by 4×)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { blockingTime, LONG_TASK_MS } from './blocking-time.ts';
import { describeCpuSpeed, LOW_TIER_PHONE, slowdownFor } from './device-speed.ts';
import { gzipSize } from '../js-budget.ts';
import { startStaticServer } from '../static-server.ts';

/** The value after a command-line flag, as in `--runs 1`. */
function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
}
const DIST = option('--dist') ?? 'dist';
// A build named with --dist was made elsewhere: measure it as it is.
const BUILD = !process.argv.includes('--no-build') && option('--dist') === undefined;
// 0 skips the scrolls, for Lighthouse's figures alone.
const RUNS = Math.max(0, Math.floor(Number(option('--runs') ?? 3)) || 0);
// 0 skips Lighthouse, for a before-and-after of the scrolls alone.
const LIGHTHOUSE_RUNS = Math.max(0, Math.floor(Number(option('--lighthouse-runs') ?? 5)) || 0);
// Scroll with the CPU slowed to the low-tier phone's speed, found before each run, not by a fixed 4×.
const CALIBRATE = process.argv.includes('--calibrate');

// Long tasks while a reader scrolls the whole story on a slow phone: with a
// mouse wheel, as the tests scroll, and with a thumb (touch drags), as a phone
// reader does, both without a stop, far faster than anyone reads; with the
// wheel stopping at every step to read it, so every chart takes every state;
// and with the wheel turning slowly through each chart's steps, so the charts
// change state while the page scrolls.
const SCROLL_INPUTS = ['wheel', 'touch', 'reading', 'slow'] as const;
type ScrollInput = (typeof SCROLL_INPUTS)[number];
const namedInputs: readonly string[] = option('--inputs')?.split(',') ?? SCROLL_INPUTS;
const unknownInputs = namedInputs.filter((name) => !SCROLL_INPUTS.some((input) => input === name));
if (unknownInputs.length > 0) throw new Error(`--inputs: no scroll called ${unknownInputs.join(', ')} (there are ${SCROLL_INPUTS.join(', ')})`);
/** The scrolls to run (`--inputs slow,reading`), in the bench's own order; all four by default. */
const INPUTS = SCROLL_INPUTS.filter((input) => namedInputs.includes(input));

const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

if (BUILD) {
  console.log('Building the site…');
  const build = spawnSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!CHROMIUM) {
  console.error('bench: no Chromium found. Install /usr/bin/chromium or set CHROMIUM_PATH.');
  process.exit(1);
}

const firstChapter = readdirSync(join(DIST, 'chapters')).sort((a, b) => {
  // Chapter folders are slugs; the content files carry the order.
  const order = (slug: string) => {
    for (const name of readdirSync('content/chapters')) {
      const text = readFileSync(join('content/chapters', name), 'utf8');
      if (new RegExp(`^slug:\\s*${slug}\\s*$`, 'm').test(text)) return Number(/^order:\s*(\d+)/m.exec(text)?.[1] ?? 99);
    }
    return 99;
  };
  return order(a) - order(b);
})[0];

const server = await startStaticServer({ root: DIST, base: '/', port: 0 });
const pages = [
  { name: 'Story page', path: '' },
  { name: `Chapter page (/chapters/${firstChapter}/)`, path: `chapters/${firstChapter}/` },
];

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value)} ms`);

/** Gzipped size of a built file behind a same-site address, or undefined for anything else. */
function builtSize(address: string): number | undefined {
  const url = new URL(address);
  if (url.origin !== new URL(server.url).origin) return undefined;
  let file = decodeURIComponent(url.pathname).slice(1);
  if (file === '' || file.endsWith('/')) file += 'index.html';
  const path = join(DIST, file);
  return existsSync(path) ? gzipSize(readFileSync(path)) : undefined;
}

/** A category's score out of 100. */
function score(lhr: Result, category: (typeof CATEGORIES)[number]): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

/** The page-load metrics of one run, on one line. */
function metrics(lhr: Result): string {
  const audit = (id: string) => lhr.audits[id]?.numericValue;
  return `LCP ${ms(audit('largest-contentful-paint'))} · CLS ${(audit('cumulative-layout-shift') ?? 0).toFixed(3)} · TBT ${ms(audit('total-blocking-time'))} · FCP ${ms(audit('first-contentful-paint'))}`;
}

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

// Lighthouse, unless --lighthouse-runs 0.
if (LIGHTHOUSE_RUNS > 0) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
  try {
    for (const { name, path } of pages) {
      const url = new URL(path, server.url).href;
      console.log(`\n${name}: ${url}`);
      // One Lighthouse run swings with what else the machine is doing; Lighthouse's
      // own advice is to run it several times and report the median run.
      const runs: Result[] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }))?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        // A run Lighthouse could not finish scores 0: say why rather than print a bare 0.
        if (lhr.runtimeError) console.log(`  run ${run + 1}: ! Lighthouse could not measure this run: ${lhr.runtimeError.code}`);
        else console.log(`  run ${run + 1}: performance ${score(lhr, 'performance')} · ${metrics(lhr)} · CPU not slowed: benchmark index ${Math.round(lhr.environment.benchmarkIndex)}`);
        runs.push(lhr);
      }
      const valid = filterToValidRuns(runs);
      if (valid.length === 0) {
        console.log('  ! No run could be measured.');
        continue;
      }
      const lhr = computeMedianRun(valid);
      const performance = valid.map((run) => score(run, 'performance')).sort((a, b) => a - b);
      console.log(`  Median of ${valid.length} run(s) (Lighthouse's median run, by FCP and TTI): run ${runs.indexOf(lhr) + 1}`);
      console.log(`  Performance across runs: ${performance.join(', ')} (median ${performance[Math.floor((performance.length - 1) / 2)]}${performance.length % 2 === 0 ? `–${performance[performance.length / 2]}` : ''})`);
      for (const warning of lhr.runWarnings ?? []) console.log(`  ! ${warning}`);
      console.log(`  Scores:  ${CATEGORIES.map((category) => `${category} ${score(lhr, category)}`).join(' · ')}`);
      console.log(`  ${metrics(lhr)}`);
      const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []).filter((request) => !request.url.startsWith('data:'));
      const byType = new Map<string, { count: number; gzip: number; transfer: number }>();
      for (const request of requests) {
        const type = request.resourceType ?? 'Other';
        const row = byType.get(type) ?? { count: 0, gzip: 0, transfer: 0 };
        row.count += 1;
        row.gzip += builtSize(request.url) ?? request.transferSize ?? 0;
        row.transfer += request.transferSize ?? 0;
        byType.set(type, row);
      }
      console.log('  Bytes by type (gzipped from the build; transferred over the wire in brackets):');
      for (const [type, row] of [...byType].sort((a, b) => b[1].gzip - a[1].gzip)) {
        console.log(`    ${type.padEnd(12)} ${String(row.count).padStart(3)} file(s)  ${kB(row.gzip).padStart(9)}  (${kB(row.transfer)})`);
      }
      const total = [...byType.values()].reduce((sum, row) => sum + row.gzip, 0);
      console.log(`    ${'total'.padEnd(12)} ${String(requests.length).padStart(3)} file(s)  ${kB(total).padStart(9)}`);
      const foreign = requests.filter((request) => new URL(request.url).origin !== new URL(server.url).origin);
      if (foreign.length > 0) console.log(`  ! Requests to other hosts: ${foreign.map((request) => request.url).join(', ')}`);
    }
  } finally {
    chrome.kill();
  }
}

/** How much the scrolls slow Chromium's CPU (Emulation.setCPUThrottlingRate), unless calibrated. */
const CPU_SLOWDOWN = 4;

/** How long the reading scroll stays on a step: longer than a chart's move (charts.css), shorter than a reader reads. */
const READ_STEP_MS = 1500;

/** Speed of the slow scroll through the charts, in px a second: a reader's slow drag. */
const SLOW_SPEED = 400;

/** A reader's flick: 120 px wheel steps about every 50 ms. */
async function wheelOnce(page: Page): Promise<void> {
  await page.mouse.wheel(0, 120);
  await page.waitForTimeout(50);
}

/** A thumb's drag: 600 px up the screen in twelve moves a frame apart, then lifted. */
async function dragOnce(cdp: CDPSession, page: Page): Promise<void> {
  let y = 700;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 187, y }] });
  for (let move = 0; move < 12; move += 1) {
    y -= 50;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 187, y }] });
    await page.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * A reader who reads: flicks the wheel until the next step's top reaches the
 * middle of the screen, where the step tracker switches
 * (src/scrolly/step-tracker.client.ts), stops there for READ_STEP_MS, and
 * flicks on. The step is found afresh each time, as the page lays out parts
 * of the story while it is read. Returns false at the end of the page.
 */
async function readToNextStep(page: Page): Promise<boolean> {
  const { y, next } = await page.evaluate(() => ({
    y: scrollY,
    next: [...document.querySelectorAll('[data-scrolly-step]')].map((step) => step.getBoundingClientRect().top - innerHeight / 2).find((distance) => distance > 0),
  }));
  const wheelSteps = next === undefined ? 10 : Math.ceil((next + 1) / 120);
  for (let step = 0; step < wheelSteps; step += 1) await wheelOnce(page);
  if (next !== undefined) await page.waitForTimeout(READ_STEP_MS);
  return (await page.evaluate(() => scrollY)) !== y;
}

/** A chart's scrolly and the scroll positions it is on screen at: from when its top enters the bottom of the screen to when its bottom leaves the top. Runs in the page. */
function scrollySpan(scrolly: Element): { id: string; from: number; to: number } {
  const box = scrolly.getBoundingClientRect();
  return { id: scrolly.id, from: box.top + scrollY - innerHeight, to: box.bottom + scrollY };
}

/** Every scrolly's span, measured now. */
async function scrollySpans(page: Page): Promise<{ id: string; from: number; to: number }[]> {
  const scrollies = page.locator('[data-scrolly]');
  return Promise.all(Array.from({ length: await scrollies.count() }, (_unused, index) => scrollies.nth(index).evaluate(scrollySpan)));
}

/**
 * A reader who reads while scrolling: the wheel at SLOW_SPEED from a screen
 * above each chart's scrolly to its end. The text between the charts is
 * jumped over, so the run takes a minute, not two.
 */
async function slowThroughCharts(page: Page): Promise<void> {
  const scrollies = page.locator('[data-scrolly]');
  for (let index = 0; index < (await scrollies.count()); index += 1) {
    const jumpThere = async () => {
      const { from, to } = await scrollies.nth(index).evaluate(scrollySpan);
      await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), from);
      return to - from;
    };
    await jumpThere();
    await page.waitForTimeout(READ_STEP_MS);
    // Measured again once there: parts of the story laid out while it waits (src/story/body/story-parts.ts) move the chart.
    const length = await jumpThere();
    const start = Date.now();
    for (let turn = 1; turn <= Math.ceil(length / 120); turn += 1) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(Math.max(0, start + (turn * 120 * 1000) / SLOW_SPEED - Date.now()));
    }
  }
}

/** When a long task began and how long it ran, in ms, as the page's observer saw it. */
interface TaskTiming {
  start: number;
  duration: number;
}

/** A long task, and where the reader was when it began. */
interface LongTask extends TaskTiming {
  /** Scroll position, in px from the top of the story. */
  y: number;
  /** The chart (figure id) whose scrolly was on screen, or "text". */
  place: string;
}

/** What one scroll saw in the page. */
interface ScrollSeen {
  tasks: LongTask[];
  /** Main-thread task time during the scroll (Chromium's TaskDuration metric). */
  busy: number;
  /** Times a chart took a new state during the scroll, and the times a reader stopping at every step would see. */
  stateChanges: number;
  everyChange: number;
  scrolled: number;
  height: number;
}

/** One scroll, and how fast the slowed CPU was around it. */
interface ScrollRun extends ScrollSeen {
  /** How much the CPU was slowed: CPU_SLOWDOWN, or the rate found by --calibrate. */
  slowdown: number;
  /** Lighthouse's CPU benchmark with the CPU slowed as for the scroll, just before it and just after. */
  cpuBefore: number;
  cpuAfter: number;
}

/** Chromium's running total of main-thread task time, in ms. */
async function mainThreadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/**
 * Lighthouse's CPU benchmark (BenchmarkIndex, about a second), run in a blank
 * page with the CPU slowed by a rate: which phone a run's 4× was, since this
 * machine's speed changes from run to run (device-speed.ts).
 */
async function cpuIndexAt(rate: number): Promise<number> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return Number(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex})()`));
  } finally {
    await page.close();
  }
}

/** Scrolls the story once with the CPU slowed as set, scoring the slowed CPU just before and just after. */
async function scrollTheStory(input: ScrollInput): Promise<ScrollRun> {
  const slowdown = CALIBRATE ? await slowdownFor(cpuIndexAt) : CPU_SLOWDOWN;
  const cpuBefore = await cpuIndexAt(slowdown);
  const seen = await scrollOnce(input, slowdown);
  return { ...seen, slowdown, cpuBefore, cpuAfter: await cpuIndexAt(slowdown) };
}

async function scrollOnce(input: ScrollInput, slowdown: number): Promise<ScrollSeen> {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, hasTouch: input === 'touch', isMobile: input === 'touch' });
  try {
    await page.addInitScript(() => {
      const tasks: TaskTiming[] = [];
      // Where the page was, and when: a passive listener that only appends, so it adds no work a reader would feel.
      const positions: [number, number][] = [];
      // When a chart took a new state, to show whether the scroll made the charts move at all.
      const stateChanges: number[] = [];
      Object.assign(window, { longTasks: tasks, scrollPositions: positions, stateChanges });
      addEventListener('scroll', () => positions.push([performance.now(), scrollY]), { passive: true });
      new MutationObserver((records) => stateChanges.push(...records.map(() => performance.now()))).observe(document, {
        subtree: true,
        attributeFilter: ['data-state'],
      });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await cdp.send('Performance.enable');
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const scrollStart = await page.evaluate(() => performance.now());
    const busyBefore = await mainThreadTime(cdp);
    // The wheel scrolls what is under the pointer.
    if (input !== 'touch') await page.mouse.move(187, 400);
    if (input === 'reading') {
      while (await readToNextStep(page));
    } else if (input === 'slow') {
      await slowThroughCharts(page);
    } else {
      let previous = -1;
      for (let step = 0; step < 5000; step += 1) {
        if (input === 'wheel') await wheelOnce(page);
        else await dragOnce(cdp, page);
        if (input === 'touch' || step % 10 === 9) {
          const y = await page.evaluate(() => window.scrollY);
          if (y === previous) break;
          previous = y;
        }
      }
    }
    await page.waitForTimeout(1000);
    const busy = (await mainThreadTime(cdp)) - busyBefore;
    const seen = await page.evaluate(({ since, scrollies }) => {
      const { longTasks, scrollPositions, stateChanges } = window as unknown as { longTasks: TaskTiming[]; scrollPositions: [number, number][]; stateChanges: number[] };
      // A reader who stops at every step sees each chart change state wherever a step's state differs from the one before.
      const everyChange = [...document.querySelectorAll('[data-scrolly]')]
        .map((scrolly) => [...scrolly.querySelectorAll<HTMLElement>('[data-scrolly-step]')].map((step) => step.dataset.state))
        .reduce((sum, states) => sum + states.filter((state, index) => index > 0 && state !== states[index - 1]).length, 0);
      return {
        tasks: longTasks
          .filter((task) => task.start >= since)
          .map((task) => {
            const y = scrollPositions.findLast(([time]) => time <= task.start)?.[1] ?? 0;
            const place = scrollies.filter(({ from, to }) => y > from && y < to).map(({ id }) => id).join(' + ') || 'text';
            return { ...task, start: task.start - since, y, place };
          }),
        stateChanges: stateChanges.filter((time) => time >= since).length,
        everyChange,
        scrolled: Math.round(performance.now() - since),
        height: document.documentElement.scrollHeight,
      };
    }, { since: scrollStart, scrollies: await scrollySpans(page) });
    return { ...seen, busy };
  } finally {
    await page.close();
  }
}

/** A scroll's blocking time: the part of each long task past 50 ms, summed. */
const blockingOf = (run: ScrollSeen) => blockingTime(run.tasks.map((task) => task.duration));

function report(input: ScrollInput, runs: ScrollRun[]): void {
  const how = {
    wheel: 'with a mouse wheel, without a stop',
    touch: 'with a thumb (touch drags), without a stop',
    reading: `with a mouse wheel, stopping ${READ_STEP_MS / 1000} s at each step`,
    slow: `with a mouse wheel at ${SLOW_SPEED} px a second through each chart (the text between them jumped over)`,
  }[input];
  const what = input === 'slow' ? "the story's charts" : `the whole story (${runs[0]?.height} px)`;
  const slowed = CALIBRATE ? `to the speed of ${LOW_TIER_PHONE.name} (found before each run)` : `${CPU_SLOWDOWN}×`;
  console.log(`\nScrolling ${what} ${how} at 375×812 with the CPU slowed ${slowed}, ${runs.length} run(s):`);
  runs.forEach((run, index) => {
    const longest = run.tasks.length ? `, longest ${ms(Math.max(...run.tasks.map((task) => task.duration)))}` : '';
    console.log(`  run ${index + 1}: ${(run.scrolled / 1000).toFixed(1)} s; main thread busy ${(run.busy / 1000).toFixed(1)} s; charts changed state ${run.stateChanges} time(s) (${run.everyChange} from step to step); long tasks (over ${LONG_TASK_MS} ms): ${run.tasks.length || 'none'}${longest}; blocking time ${ms(blockingOf(run))}`);
    console.log(`    CPU slowed ${run.slowdown}×: before the scroll, ${describeCpuSpeed(run.cpuBefore)}; after it, ${Math.round(run.cpuAfter)}`);
    for (const task of run.tasks.slice(0, 10)) console.log(`    at ${ms(task.start)}, ${Math.round(task.y)} px (${task.place}): ${ms(task.duration)}`);
  });
  const byPlace = new Map<string, number>();
  for (const task of runs.flatMap((run) => run.tasks)) byPlace.set(task.place, (byPlace.get(task.place) ?? 0) + 1);
  if (byPlace.size > 0) console.log(`  Long tasks by place, all runs: ${[...byPlace].sort((a, b) => b[1] - a[1]).map(([place, count]) => `${place} ${count}`).join(', ')}`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
try {
  const everyRun: { input: ScrollInput; run: ScrollRun }[] = [];
  for (const input of RUNS > 0 ? INPUTS : []) {
    const runs: ScrollRun[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await scrollTheStory(input));
    report(input, runs);
    everyRun.push(...runs.map((run) => ({ input, run })));
  }
  // Whether the long tasks follow the machine's speed rather than the page.
  if (everyRun.length > 0) console.log('\nEvery scroll run, slowest CPU first (benchmark index with the CPU slowed, before · after: long tasks, blocking time, input, slowdown):');
  for (const { input, run } of everyRun.sort((a, b) => a.run.cpuBefore - b.run.cpuBefore)) {
    console.log(`  ${Math.round(run.cpuBefore)} · ${Math.round(run.cpuAfter)}: ${run.tasks.length}, ${ms(blockingOf(run))}, ${input}, ${run.slowdown}×`);
  }
} finally {
  await browser.close();
  await server.close();
}
