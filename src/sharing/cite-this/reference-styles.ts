/**
 * "Cite this" references for the story and its chapters in four styles: APA
 * (7th ed.), MLA (9th ed.), Chicago (17th ed., bibliography) and BibTeX. Each
 * style returns segments so that pages can set titles in italics while the
 * copy button copies plain text. The words and date formats belong to these
 * English-language styles; another edition would add its own style.
 */
export interface CitedWork {
  /** Title of the page being cited: the story's headline or a chapter's title. */
  title: string;
  /** The story's headline, when the page is one chapter of it. */
  partOf?: string | undefined;
  /** The byline, an organisation here. */
  author: string;
  /** The site that publishes it. */
  site: string;
  /** YYYY-MM-DD. */
  published: string;
  /** Canonical address: absolute, or root-relative when the build has no site address (the page completes it). */
  url: string;
  /** Stable id for the BibTeX key, e.g. the chapter slug or "story". */
  key: string;
}

export interface Segment {
  text: string;
  italic?: boolean;
  /** The segment is the work's address: written in full, or 'bare' without its scheme (MLA). */
  address?: 'full' | 'bare';
}

/** MLA 9 drops "https://" from web addresses. */
export function bareAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex' | 'gbt' | 'apaChinese';

export interface Citation {
  style: CitationStyle;
  segments: Segment[];
}

/** Joins segments into the plain text a reader pastes. */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function dateParts(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`"${iso}" is not a date written YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Words that title case leaves in lower case inside a title (articles, short conjunctions, prepositions). */
const MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on onto per to up via from into over with than after about among during under upon within without'.split(' '),
);

/** Title case for MLA and Chicago: major words capitalised, minor words lower case unless first, last or after a colon. */
export function titleCase(title: string): string {
  const words = title.split(' ');
  let capitalizeNext = true;
  return words
    .map((word, index) => {
      const isLast = index === words.length - 1;
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      const keepLower = !capitalizeNext && !isLast && MINOR_WORDS.has(bare);
      capitalizeNext = /[:?!]$/.test(word);
      if (keepLower) return word.toLowerCase();
      return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
    })
    .join(' ');
}

/** APA keeps sentence case but capitalises the first word after a colon. */
export function apaSentenceCase(title: string): string {
  return title.replace(/^\p{L}/u, (letter) => letter.toUpperCase()).replace(/: (\p{L})/gu, (_match, letter: string) => `: ${letter.toUpperCase()}`);
}

/** The comma after a container title, dropped after a question or exclamation mark (MLA and Chicago). */
function separatorAfter(title: string): string {
  return /[?!]$/.test(title) ? ' ' : ', ';
}

/** A title set inside double quotes (MLA, Chicago) turns its own double quotes into single ones. */
export function quotedTitle(title: string): string {
  return title.replace(/["“]([^"“”]*)["”]/g, '‘$1’');
}

/** Ends a title with a full stop unless it already ends with punctuation. */
function closed(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

export function apa(work: CitedWork): Segment[] {
  const { year, month, day } = dateParts(work.published);
  const head = `${work.author}. (${year}, ${MONTHS[month - 1]} ${day}). `;
  if (work.partOf) {
    return [
      { text: `${head}${closed(apaSentenceCase(work.title))} In ` },
      { text: closed(apaSentenceCase(work.partOf)), italic: true },
      { text: ` ${work.site}. ` },
      { text: work.url, address: 'full' },
    ];
  }
  return [{ text: head }, { text: closed(apaSentenceCase(work.title)), italic: true }, { text: ` ${work.site}. ` }, { text: work.url, address: 'full' }];
}

export function mla(work: CitedWork): Segment[] {
  const { year, month, day } = dateParts(work.published);
  const date = `${day} ${MLA_MONTHS[month - 1]} ${year}`;
  const container = work.partOf ? [{ text: titleCase(work.partOf), italic: true }, { text: separatorAfter(work.partOf) }] : [];
  return [
    { text: `${work.author}. “${closed(quotedTitle(titleCase(work.title)))}” ` },
    ...container,
    { text: work.site, italic: !work.partOf },
    { text: `, ${date}, ` },
    { text: bareAddress(work.url), address: 'bare' },
    { text: '.' },
  ];
}

export function chicago(work: CitedWork): Segment[] {
  const { year, month, day } = dateParts(work.published);
  const date = `${MONTHS[month - 1]} ${day}, ${year}`;
  const container = work.partOf
    ? [{ text: 'In ' }, { text: titleCase(work.partOf), italic: true }, { text: separatorAfter(work.partOf) }]
    : [];
  return [
    { text: `${work.author}. “${closed(quotedTitle(titleCase(work.title)))}” ` },
    ...container,
    { text: `${work.site}. ${date}. ` },
    { text: work.url, address: 'full' },
    { text: '.' },
  ];
}

/** Escapes the characters that mean something to TeX. */
function tex(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function bibtex(work: CitedWork): Segment[] {
  const { year, month } = dateParts(work.published);
  const key = `${work.site}-${year}-${work.key}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const fields: Array<[string, string]> = [
    // Double braces keep an organisation's name and the title's capitals as written.
    ['author', `{${tex(work.author)}}`],
    ['title', `{${tex(work.title)}}`],
    ...(work.partOf ? [['booktitle', `{${tex(work.partOf)}}`] as [string, string]] : []),
    ['howpublished', tex(work.site)],
    ['year', String(year)],
    ['month', MONTHS[month - 1]?.slice(0, 3).toLowerCase() ?? ''],
  ];
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`)).join(',\n');
  return [{ text: `@misc{${key},\n${body},\n  url = {` }, { text: work.url, address: 'full' }, { text: '}\n}' }];
}

/**
 * GB/T 7714-2015, the national standard Chinese readers cite by: an online
 * resource is [EB/OL]; a chapter is cited in its story with //. Its
 * punctuation is the standard's own (". ", "//"), not full width.
 */
export function gbt7714(work: CitedWork): Segment[] {
  const { year, month, day } = dateParts(work.published);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const container = work.partOf ? `//${work.partOf}` : '';
  return [{ text: `${work.author}. ${work.title}[EB/OL]${container}. ${work.site}, ${date}. ` }, { text: work.url, address: 'full' }, { text: '.' }];
}

/** APA as Taiwan's universities write it in Chinese: the date in Chinese, full-width marks, the story as the container (載於). */
export function apaChinese(work: CitedWork): Segment[] {
  const { year, month, day } = dateParts(work.published);
  const container = work.partOf ? `載於${work.partOf}。` : '';
  return [{ text: `${work.author}（${year}年${month}月${day}日）。` }, { text: work.title, italic: !work.partOf }, { text: `。${container}${work.site}。` }, { text: work.url, address: 'full' }];
}

/** The styles a page offers: English ones on English pages; GB/T 7714 for 简体 readers; APA in Chinese for 繁體 readers; BibTeX for everyone. */
export function citations(work: CitedWork, lang: 'en' | 'zh-hans' | 'zh-hant' = 'en'): Citation[] {
  if (lang === 'zh-hans') return [{ style: 'gbt', segments: gbt7714(work) }, { style: 'bibtex', segments: bibtex(work) }];
  if (lang === 'zh-hant') return [{ style: 'apaChinese', segments: apaChinese(work) }, { style: 'bibtex', segments: bibtex(work) }];
  return [
    { style: 'apa', segments: apa(work) },
    { style: 'mla', segments: mla(work) },
    { style: 'chicago', segments: chicago(work) },
    { style: 'bibtex', segments: bibtex(work) },
  ];
}
