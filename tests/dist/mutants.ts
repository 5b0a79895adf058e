/**
 * Proves the dist checks can fail. Each mutant breaks one rule in a copy of
 * dist/ (a duplicate id, a wrong figure, an unhashed script, a sitemap entry
 * missing…), runs the dist test file that guards that rule against the copy,
 * and expects the named test to fail. A mutant that survives means a check
 * that cannot fail: the run then exits with status 1.
 *
 *   npm run test:mutants            (after npm run build and npm run test:subpath)
 *   npm run test:mutants -- ids     (only mutants whose name contains "ids")
 *
 * Addresses of the site (canonical, cards, sitemap, full references) are only
 * written by a build given SITE_URL: mutants marked `site` break a copy of
 * dist-subpath/, the build test:subpath makes with one, and run the checks
 * with the same SITE_URL and BASE_PATH.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface Mutant {
  name: string;
  /** The dist test file (tests/dist/<file>.test.ts) that must catch it. */
  suite: 'pages' | 'story' | 'charts' | 'sharing' | 'trust' | 'classroom' | 'security' | 'offline' | 'languages';
  /** A test whose full name matches this must fail. */
  fails: RegExp;
  /** The built file to change, relative to dist/. */
  file: string;
  /** The change: text replaced (first match, or every match of a /g expression), or a function of the file's bytes. */
  change: [find: string | RegExp, replace: string] | ((bytes: Buffer) => Buffer);
  /** Break the build made with the site's address (SITE_BUILD) instead of dist/. */
  site?: boolean;
}

/** The build test:subpath makes (package.json): with the site's address, under a sub-path. */
const SITE_BUILD = { dir: 'dist-subpath', env: { SITE_URL: 'https://graphics.newsroom.test', BASE_PATH: '/overseas-110/' } };

const STORY = 'index.html';
const CHAPTER = 'chapters/britain/index.html';
const FIRST_CHAPTER = 'chapters/what-are-the-stations/index.html';
const EMBED = 'embed/timeline/index.html';
const OFFLINE = 'offline/overseas-110-en.html';

const ZH_CHAPTER = 'zh-hans/chapters/britain/index.html';

export const MUTANTS: Mutant[] = [
  // languages.test.ts
  { name: 'a 繁體 page with a simplified character', suite: 'languages', fails: /holds no character of the other script/, file: 'zh-hant/chapters/britain/index.html', change: ['倫敦', '伦敦'] },
  { name: 'a 简体 page with a traditional character', suite: 'languages', fails: /holds no character of the other script/, file: 'zh-hans/index.html', change: ['报道', '報道'] },
  { name: 'a Chinese page with a section id of its own', suite: 'languages', fails: /same section, step, note and chart ids in zh-hans/, file: ZH_CHAPTER, change: [/<h2 id="[^"]+"/, '<h2 id="translated-id"'] },
  { name: 'a page without its x-default alternate', suite: 'languages', fails: /hreflang alternates with x-default/, file: 'zh-hant/method/index.html', change: [/<link rel="alternate" hreflang="x-default"[^>]*>/, ''] },
  { name: 'a switcher that loses the place', suite: 'languages', fails: /lists the same page in every language/, file: 'zh-hans/data/index.html', change: [/(<a href=")\/data\/(" lang="en")/, '$1/$2'] },
  { name: 'a Chinese page marked English', suite: 'languages', fails: /is marked with its language/, file: 'zh-hans/glossary/index.html', change: ['<html lang="zh-Hans"', '<html lang="en"'] },
  { name: 'a Chinese original quoted wrong', suite: 'languages', fails: /word for word/, file: 'zh-hans/chapters/what-are-the-stations/index.html', change: ['福州警侨事务海外服务站', '福州警侨事务海外工作站'] },
  { name: 'long Chinese sentences', suite: 'languages', fails: /average sentence is at most/, file: 'zh-hans/chapters/the-lishui-video/index.html', change: [/。/g, '，'] },

  // pages.test.ts
  { name: 'a page no template covers', suite: 'pages', fails: /fits exactly one template/, file: 'stray/index.html', change: () => readFileSync('dist/index.html') },
  { name: 'duplicate ids', suite: 'pages', fails: /no id is used twice/, file: CHAPTER, change: ['<main id="main"', '<main id="main"><span id="main"></span'] },
  { name: 'a heading without an id', suite: 'pages', fails: /every heading in <main> has an id/, file: CHAPTER, change: [/<h2 id="[^"]+"/, '<h2'] },
  { name: 'site furniture in an embed', suite: 'pages', fails: /embed carries no site header/, file: EMBED, change: ['<main', '<header class="site-header"></header><main'] },
  { name: 'two h1s', suite: 'pages', fails: /one <h1>/, file: 'glossary/index.html', change: ['</main>', '<h1 id="again">Again</h1></main>'] },
  { name: 'footer without the method page', suite: 'pages', fails: /footer links to the sources, method and data/, file: 'data/index.html', change: [/<a href="\/method\/"[^>]*>[^<]*<\/a>/g, ''] },
  { name: '404 without a way home', suite: 'pages', fails: /404 page offers a way back/, file: '404.html', change: ['<p><a href="/">', '<p><a href="/glossary/">'] },
  // story.test.ts
  {
    name: 'a chapter missing from the story',
    suite: 'story',
    fails: /shows every chapter in order/,
    file: STORY,
    change: ['<section class="chapter prose" id="britain"', '<section class="chapter prose" id="britain-moved"'],
  },
  { name: 'a contents entry that leads nowhere', suite: 'story', fails: /contents list links to every chapter/, file: STORY, change: [/(<nav class="toc[\s\S]*?href=")#[a-z-]+(")/, '$1#nowhere$2'] },
  { name: 'a step without its link', suite: 'story', fails: /has a link to its own address/, file: STORY, change: ['href="#map-step-europe" data-copy-link', 'href="#map-step-europe"'] },
  { name: 'a step link with the wrong number', suite: 'story', fails: /each step link names its step/, file: STORY, change: ['Link to step 2 of 4', 'Link to step 3 of 4'] },
  { name: 'a chapter page without its previous link', suite: 'story', fails: /britain reads on its own/, file: CHAPTER, change: [' rel="prev"', ''] },
  {
    name: 'a copy link to a missing id',
    suite: 'story',
    fails: /copy-link control links to an id/,
    file: FIRST_CHAPTER,
    change: [/(<a class="heading-anchor" href="#)[a-z0-9-]+(")/, '$1no-such-section$2'],
  },
  // charts.test.ts
  { name: 'a chart without its takeaway', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/(id="timeline" data-scrolly[\s\S]*?)class="chart-takeaway"/, '$1class="chart-note"'] },
  { name: 'a chart SVG without role="img"', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/(<svg class="chart-svg chart-svg--timeline"[^>]*?) role="img"/, '$1'] },
  { name: 'a chart with a short text alternative', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/(id="timeline-step-origins-alt" data-step-alt="origins">)[^<]*/, '$1Events.'] },
  { name: 'a chart with no marks', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/<(rect|circle|path|line)\b/g, '<g'] },
  { name: 'a chart with an empty table', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/<tbody([^>]*)>[\s\S]*?<\/tbody>/g, '<tbody$1></tbody>'] },
  { name: 'a chart table without caption', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: [/<caption[\s\S]*?<\/caption>/g, ''] },
  { name: 'a chart without sources', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: ['class="chart-sources"', 'class="chart-credits"'] },
  { name: 'a chart offering the wrong download', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: ['/data/timeline.csv', '/data/ledger.csv'] },
  { name: 'a pinned chart drawn in another state', suite: 'charts', fails: /every chart figure is whole/, file: STORY, change: ['<div class="scrolly-graphic" data-chart-state="units">', '<div class="scrolly-graphic" data-chart-state="december">'] },
  { name: 'an embed missing a state', suite: 'charts', fails: /every chart figure is whole/, file: EMBED, change: ['class="state-panel" data-chart-state="report"', 'class="state-panel" data-chart-state="reports"'] },
  { name: 'an embed without its credit to the notes', suite: 'charts', fails: /every chart figure is whole/, file: EMBED, change: ['#timeline-notes', '#timeline'] },
  { name: 'a scrolly missing a step', suite: 'charts', fails: /every scrolly has a step for each state/, file: STORY, change: ['id="map-step-britain" data-scrolly-step', 'id="map-step-britain"'] },
  {
    name: 'step tracking left in the HTML',
    suite: 'charts',
    fails: /scripts have left no mark/,
    file: STORY,
    change: ['data-scrolly data-chart="timeline"', 'data-scrolly data-scrolly-active data-chart="timeline"'],
  },
  { name: 'a chart missing from the story', suite: 'charts', fails: /shows each chart once/, file: STORY, change: ['id="timeline" data-scrolly', 'id="timeline-2" data-scrolly'] },
  {
    name: 'embed code for the wrong page',
    suite: 'charts',
    fails: /timeline: the "Embed this chart" code/,
    file: STORY,
    change: [/(id="timeline-embed-iframe"[^>]*>[^<]*?)embed\/timeline\//, '$1embed/stations-map/'],
  },
  {
    name: 'an embed copy button shown without JavaScript',
    suite: 'charts',
    fails: /stations-map: the "Embed this chart" code/,
    file: STORY,
    change: ['data-copy-embed="stations-map-embed-pym" aria-describedby="stations-map-embed-pym" hidden', 'data-copy-embed="stations-map-embed-pym" aria-describedby="stations-map-embed-pym"'],
  },
  {
    name: 'an embed whose canonical is not the chart',
    suite: 'charts',
    fails: /embed\/timeline\/ shows only its chart/,
    file: EMBED,
    change: [/(<link rel="canonical" href="[^"#]*)#timeline/, '$1#stations-map'],
    site: true,
  },
  { name: 'an embed credit that opens inside the frame', suite: 'charts', fails: /embed\/timeline\/ shows only its chart/, file: EMBED, change: ['<base target="_top">', ''] },
  { name: 'a canonical address built without the site’s address', suite: 'charts', fails: /embed\/timeline\/ shows only its chart/, file: EMBED, change: ['</head>', '<link rel="canonical" href="https://overseas110.example.org/#timeline"></head>'] },
  { name: 'an inline script in an embed', suite: 'charts', fails: /embed\/timeline\/ shows only its chart/, file: EMBED, change: ['</main>', '</main><script>document.title = "x"</script>'] },
  {
    name: 'a chart card of the wrong size',
    suite: 'charts',
    fails: /cards\/charts\/timeline\.png is a 1200×630 PNG/,
    file: 'cards/charts/timeline.png',
    change: (bytes) => Buffer.concat([bytes.subarray(0, 16), Buffer.from([0, 0, 4, 0]), bytes.subarray(20)]),
  },
  // sharing.test.ts
  {
    name: 'a canonical address of another page',
    suite: 'sharing',
    fails: /\/glossary\/ has a canonical address/,
    file: 'glossary/index.html',
    change: [/(<link rel="canonical" href="[^"]*)\/glossary\//, '$1/classroom/'],
    site: true,
  },
  {
    name: 'a share card that is not in the build',
    suite: 'sharing',
    fails: /\/classroom\/ has a canonical address/,
    file: 'classroom/index.html',
    change: [/cards\/classroom\.png/g, 'cards/missing.png'],
    site: true,
  },
  { name: 'a wrong twitter card type', suite: 'sharing', fails: /\/method\/ has a canonical address/, file: 'method/index.html', change: ['content="summary_large_image"', 'content="summary"'], site: true },
  { name: 'a share card named without the site’s address', suite: 'sharing', fails: /\/method\/ has a canonical address/, file: 'method/index.html', change: ['</head>', '<meta property="og:image" content="/cards/method.png"></head>'] },
  {
    name: 'JSON-LD with the wrong publication date',
    suite: 'sharing',
    fails: /\/sources\/ has a canonical address/,
    file: 'sources/index.html',
    change: [/"datePublished":"[^"]+"/, '"datePublished":"2020-01-01"'],
  },
  {
    name: 'a chapter shared under another title',
    suite: 'sharing',
    fails: /each chapter are articles/,
    file: CHAPTER,
    change: [/<meta property="og:title" content="[^"]*"/, '<meta property="og:title" content="Britain"'],
  },
  { name: 'a 404 page open to search engines', suite: 'sharing', fails: /404 page is kept out of search/, file: '404.html', change: ['content="noindex"', 'content="index"'] },
  { name: 'a page missing from the sitemap', suite: 'sharing', fails: /robots\.txt points to a sitemap/, file: 'sitemap-0.xml', change: [/<url><loc>[^<]*\/glossary\/<\/loc>[\s\S]*?<\/url>/, ''], site: true },
  { name: 'a citation without the page address', suite: 'sharing', fails: /\/chapters\/britain\/ offers APA/, file: CHAPTER, change: [/(<p data-citation-text[^>]*>[\s\S]*?)https:\/\/[^<]*/, '$1'], site: true },
  { name: 'a citation without the page path', suite: 'sharing', fails: /\/chapters\/britain\/ offers APA/, file: CHAPTER, change: [/(<p data-citation-text[^>]*>[\s\S]*?)<span data-site-path="[^"]*"/, '$1<span'] },
  // trust.test.ts
  { name: 'a number from nowhere', suite: 'trust', fails: /\/method\/ shows no number/, file: 'method/index.html', change: ['</main>', '<p>We counted 999 of them.</p></main>'] },
  {
    name: 'a figure rendered from a wrong value',
    suite: 'trust',
    fails: /every ledger figure shows the ledger value/,
    file: 'chapters/how-many-and-where/index.html',
    change: ['data-value="54"', 'data-value="55"'],
  },
  {
    name: 'a figure shown wrong',
    suite: 'trust',
    fails: /every ledger figure shows the ledger value/,
    file: 'chapters/how-many-and-where/index.html',
    change: [/(data-fig="stations-sept-2022"[^>]*>)54</, '$145<'],
  },
  {
    name: 'a note that does not link back',
    suite: 'trust',
    fails: /\/chapters\/britain\/ citations and notes link both ways/,
    file: CHAPTER,
    change: ['href="#cite-britain-2"', 'href="#cite-britain-1"'],
  },
  {
    name: 'a note naming the wrong source',
    suite: 'trust',
    fails: /\/chapters\/britain\/ citations and notes link both ways/,
    file: CHAPTER,
    change: ['<li id="note-britain-1" data-source="voa">', '<li id="note-britain-1" data-source="S01">'],
  },
  { name: 'a quote without its speaker', suite: 'trust', fails: /every quote names its speaker/, file: CHAPTER, change: [/<span class="quote-by"[^>]*>[^<]*<\/span>/, ''] },
  {
    name: 'an unregistered outside link',
    suite: 'trust',
    fails: /\/chapters\/britain\/ cites its sources, and links only to registered/,
    file: CHAPTER,
    change: ['</main>', '<p><a href="https://tracker.example/">more</a></p></main>'],
  },
  { name: 'story notes numbered across chapters', suite: 'trust', fails: /numbers notes per chapter/, file: STORY, change: ['id="note-britain-1"', 'id="note-1"'] },
  {
    name: 'a note the sources page does not reach',
    suite: 'trust',
    fails: /every "cited in" link reaches a note/,
    file: 'sources/index.html',
    change: [/<a href="\/chapters\/britain\/#note-britain-1"[^>]*>[^<]*<\/a>/, ''],
  },
  { name: 'our copy of the article changed', suite: 'trust', fails: /byte for byte the seed/, file: 'sources/article.txt', change: (bytes) => Buffer.concat([bytes, Buffer.from('\n')]) },
  {
    name: 'the reading copy missing a paragraph',
    suite: 'trust',
    fails: /reading copy of the article shows its title and every paragraph/,
    file: 'sources/article/index.html',
    change: [/(class="article-text"[^>]*>[\s\S]*?<\/p>[\s\S]*?)<p[^>]*>[^<]*<\/p>/, '$1'],
  },
  { name: 'a CSV download that differs from the data', suite: 'trust', fails: /timeline is offered as CSV and JSON/, file: 'data/timeline.csv', change: [/\n[^\n]+\n$/, '\n'] },
  { name: 'a JSON download under another licence', suite: 'trust', fails: /ledger is offered as CSV and JSON/, file: 'data/ledger.json', change: ['"CC BY 4.0"', '"All rights reserved"'] },
  {
    name: 'a data note without its JSON link',
    suite: 'trust',
    fails: /ledger is offered as CSV and JSON/,
    file: 'data/index.html',
    change: [/<a href="\/data\/ledger\.json"/, '<a href="/data/ledger.csv"'],
  },
  {
    name: 'the method page without its disagreements',
    suite: 'trust',
    fails: /explains the counts, who says what/,
    file: 'method/index.html',
    change: ['id="where-sources-disagree"', 'id="disagreements"'],
  },
  {
    name: 'a correction with the wrong date',
    suite: 'trust',
    fails: /keeps every correction of the log/,
    file: 'method/index.html',
    change: [/(class="corrections"[\s\S]*?)>\d+ \w+ \d{4}<\/time>/, '$1>1 January 2020</time>'],
  },
  {
    name: 'a correction dated wrong for machines',
    suite: 'trust',
    fails: /keeps every correction of the log/,
    file: 'method/index.html',
    change: [/(class="corrections"[\s\S]*?<time datetime=")[\d-]+/, '$12020-01-01'],
  },
  {
    name: 'a method page that hides its last update',
    suite: 'trust',
    fails: /says when it was last updated/,
    file: 'method/index.html',
    change: [/(class="updated[^"]*"[\s\S]*?<time datetime=")[\d-]+/, '$12020-01-01'],
  },
  {
    name: 'a set-aside statement missing from the method page',
    suite: 'trust',
    fails: /lists every statement of the article the story sets aside/,
    file: 'method/index.html',
    change: [/id="set-aside-[a-z0-9-]+"/, 'id="set-aside-gone"'],
  },
  // classroom.test.ts
  {
    name: 'a term popover with another definition',
    suite: 'classroom',
    fails: /what-are-the-stations\/ every marked term/,
    file: FIRST_CHAPTER,
    change: [/(<span class="term-definition" id="term-definition-diaspora"[^>]*>)[^<]*/, '$1People abroad.'],
  },
  {
    name: 'a term described by something else',
    suite: 'classroom',
    fails: /what-are-the-stations\/ every marked term/,
    file: FIRST_CHAPTER,
    change: ['aria-describedby="term-definition-diaspora"', 'aria-describedby="term-definition-extradition"'],
  },
  { name: 'a term defined twice', suite: 'classroom', fails: /what-are-the-stations\/ every marked term/, file: FIRST_CHAPTER, change: ['<dfn id="term-extradition"', '<dfn id="term-diaspora"'] },
  {
    name: 'a glossary entry without its definition',
    suite: 'classroom',
    fails: /glossary lists every term/,
    file: 'glossary/index.html',
    change: [/(<dt id="diaspora"[\s\S]*?<dd[^>]*>)[\s\S]*?(<p class="first-use)/, '$1$2'],
  },
  {
    name: 'a guide chapter with two questions',
    suite: 'classroom',
    fails: /teacher’s guide covers every chapter/,
    file: 'classroom/index.html',
    change: [/(<section class="chapter-guide"[\s\S]*?<ol[^>]*>)<li[^>]*>[\s\S]*?<\/li><li[^>]*>[\s\S]*?<\/li>/, '$1'],
  },
  { name: 'a chapter above grade 10', suite: 'classroom', fails: /teacher’s guide gives .* a grade from 1 to 10/, file: 'classroom/index.html', change: [/grade \d+/, 'grade 12'] },
  {
    name: 'a reading-level badge in the reader’s view',
    suite: 'classroom',
    fails: /readers see no reading-level or minutes badges/,
    file: CHAPTER,
    change: ['</main>', '<p>Reading level: US school grade 6</p></main>'],
  },
  {
    name: 'a redirect to a section that is gone',
    suite: 'story',
    fails: /sends readers on to/,
    file: 'chapters/finn-lau/index.html',
    change: [/url=([^"#]*)#[a-z0-9-]+/, 'url=$1#no-such-section'],
  },
  {
    name: 'a redirect page nobody configured',
    suite: 'story',
    fails: /every configured redirect is built/,
    file: 'chapters/old-address/index.html',
    change: () => readFileSync('dist/chapters/finn-lau/index.html'),
  },
  // security.test.ts
  {
    name: 'an inline event handler',
    suite: 'security',
    fails: /\/glossary\/ has no inline event handlers/,
    file: 'glossary/index.html',
    change: ['<main id="main"', '<main onclick="void 0" id="main"'],
  },
  {
    name: 'an inline script outside the policy',
    suite: 'security',
    fails: /\/glossary\/ has no inline event handlers, no inline script/,
    file: 'glossary/index.html',
    change: ['</main>', '</main><script>document.title = "x"</script>'],
  },
  {
    name: 'a page that sends its address as referrer',
    suite: 'security',
    fails: /\/glossary\/ has no inline event handlers, no inline script outside its <meta> policy, and sends no referrer/,
    file: 'glossary/index.html',
    change: ['<meta name="referrer" content="no-referrer">', ''],
  },
  {
    name: 'a page that can be framed',
    suite: 'security',
    fails: /\/glossary\/ is served \(by _headers\)/,
    file: '_headers',
    change: [/(\/glossary\/\*\n(?:  .*\n)*?)  X-Frame-Options: DENY\n/, '$1'],
  },
  {
    name: 'a policy that allows inline script',
    suite: 'security',
    fails: /\/method\/ is served \(by _headers\)/,
    file: '_headers',
    change: [/(\/method\/\*\n  Content-Security-Policy: [^\n]*script-src 'self')/, "$1 'unsafe-inline'"],
  },
  {
    name: 'a script file fetched while the page is read',
    suite: 'security',
    fails: /\/classroom\/ names no script file/,
    file: 'classroom/index.html',
    change: ['</head>', '<script type="module" src="/_astro/extra.js"></script></head>'],
  },
  // offline.test.ts
  { name: 'a script in the offline file', suite: 'offline', fails: /en offline edition runs no script/, file: OFFLINE, change: ['</body>', '<script>document.title = "x"</script></body>'] },
  { name: 'an offline picture fetched from the site', suite: 'offline', fails: /en offline edition names no other host/, file: OFFLINE, change: ['</main>', '<img src="/pictures/stations-map/world.svg" alt=""></main>'] },
  { name: 'an offline web font from another host', suite: 'offline', fails: /en offline edition names no other host/, file: OFFLINE, change: ['<style>', '<style>@font-face{font-family:x;src:url(https://fonts.example/x.woff2)}'] },
  { name: 'an offline policy that allows requests', suite: 'offline', fails: /en offline edition forbids every request/, file: OFFLINE, change: ["default-src 'none'", "default-src 'self'"] },
  { name: 'an offline step drawn in another state', suite: 'offline', fails: /en offline edition draws the state of every step/, file: OFFLINE, change: ['data-chart-state="europe"', 'data-chart-state="britain"'] },
  { name: 'an offline step at another address', suite: 'offline', fails: /en offline edition keeps every chapter/, file: OFFLINE, change: ['id="map-step-europe"', 'id="map-step-europa"'] },
  { name: 'an offline file over budget', suite: 'offline', fails: /en offline edition is a file of at most/, file: OFFLINE, change: (bytes) => Buffer.concat([bytes, Buffer.alloc(600 * 1024, 32)]) },
  { name: 'an offline PDF over budget', suite: 'offline', fails: /en offline edition is printed to a PDF/, file: 'offline/overseas-110-en.pdf', change: (bytes) => Buffer.concat([bytes, Buffer.alloc(600 * 1024, 32)]) },
  { name: 'a footer link to the offline file without download', suite: 'offline', fails: /footer of \/glossary\/ offers/, file: 'glossary/index.html', change: [/ download data-offline-download/g, ' data-offline-download'] },
  { name: 'a data page without the offline PDF', suite: 'offline', fails: /data page offers every edition/, file: 'data/index.html', change: [/<a href="\/offline\/overseas-110-en\.pdf"[^>]*>/g, '<a href="/offline/">'] },
];

interface Report {
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

function applyMutant(root: string, mutant: Mutant): void {
  const path = join(root, mutant.file);
  const before = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  let after: Buffer;
  if (typeof mutant.change === 'function') after = mutant.change(before);
  else {
    const [find, replace] = mutant.change;
    after = Buffer.from(before.toString('utf8').replace(find, replace));
  }
  if (after.equals(before)) throw new Error(`mutant "${mutant.name}" changed nothing in ${mutant.file}: update its pattern`);
  spawnSync('mkdir', ['-p', dirname(path)]);
  writeFileSync(path, after);
}

function failingTests(root: string, suite: string, site: boolean): string[] {
  const report = join(root, '..', 'report.json');
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/dist/vitest.config.ts', `tests/dist/${suite}.test.ts`, '--reporter=json', `--outputFile=${report}`], {
    env: { ...process.env, ...(site ? SITE_BUILD.env : {}), DIST_DIR: root },
    encoding: 'utf8',
  });
  if (!existsSync(report)) throw new Error(`vitest wrote no report:\n${run.stderr}`);
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as Report;
  rmSync(report);
  return parsed.testResults.flatMap((file) => file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName));
}

if (import.meta.main) {
  const only = process.argv[2];
  const mutants = MUTANTS.filter((mutant) => !only || mutant.name.includes(only));
  const survivors: string[] = [];
  for (const mutant of mutants) {
    const scratch = mkdtempSync(join(tmpdir(), 'mutant-'));
    const root = join(scratch, 'dist');
    try {
      cpSync(mutant.site ? SITE_BUILD.dir : 'dist', root, { recursive: true });
      try {
        applyMutant(root, mutant);
      } catch (error) {
        console.log(`BROKEN   ${(error as Error).message}`);
        survivors.push(mutant.name);
        continue;
      }
      const failed = failingTests(root, mutant.suite, mutant.site === true);
      const caught = failed.filter((name) => mutant.fails.test(name));
      console.log(
        `${caught.length > 0 ? 'caught  ' : 'SURVIVED'} ${mutant.name}${caught.length > 0 ? ` (by "${caught[0]}"${failed.length > 1 ? ` and ${failed.length - 1} more` : ''})` : `: failing were ${JSON.stringify(failed)}`}`,
      );
      if (caught.length === 0) survivors.push(mutant.name);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  console.log(`\n${mutants.length - survivors.length} of ${mutants.length} mutants caught.`);
  if (survivors.length > 0) {
    console.error(`Checks that did not fail on broken input: ${survivors.join('; ')}`);
    process.exit(1);
  }
}
