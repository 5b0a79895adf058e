/**
 * The ledger of figures (content/data/ledger.csv): every number the story
 * states, with what it counts (scope), when (period) and who says so (source
 * ids). <Fig id="…"> renders from here, so a number and its source cannot drift
 * apart. An unknown source id in the ledger stops the build, naming the row.
 */
import { z } from 'zod';
import { readCsv, splitIds } from '../shared/csv';
import { stableId } from '../shared/stable-id';
import { formatFigure, formatNumber, type FigureStyle } from './figures';
import { ContentError } from '../shared/validation-error';
import { assertSourcesExist } from './sources/sources';
import { uiFor } from '../shared/ui';
import { SOURCE_LANG, isChinese, wordsOf, type Lang } from '../i18n/languages';
import { assertSameIds, readTranslatedYaml } from '../i18n/content-files';
import { parseOrThrow } from '../shared/validation-error';

export const LEDGER_FILE = 'content/data/ledger.csv';

const partialDate = z.union([z.literal(''), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD, or empty')]);

export const ledgerSchema = z.strictObject({
  id: stableId,
  value: z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, 'must be a plain number without separators, e.g. 230000')
    .transform(Number),
  unit: z.string().min(2),
  scope: z.string().min(10, 'must say what exactly is counted'),
  period_start: partialDate,
  period_end: partialDate,
  source_ids: z
    .string()
    .transform(splitIds)
    .pipe(z.array(z.string()).min(1, 'must list at least one source id')),
  notes: z.string(),
});

export type Figure = z.infer<typeof ledgerSchema>;

/** How a language writes figures: its locale's digits, its number words, and 万 for Chinese. */
export function figureStyleFor(lang: Lang = SOURCE_LANG): FigureStyle {
  const ui = uiFor(lang);
  return { locale: ui.locale, numberWords: ui.numberWords, compact: isChinese(lang) };
}

let cache: Map<string, Figure> | undefined;

export function getLedger(): Map<string, Figure> {
  if (cache) return cache;
  const figures = new Map<string, Figure>();
  readCsv(LEDGER_FILE, ledgerSchema, { unique: 'id' }).forEach((figure, index) => {
    assertSourcesExist(figure.source_ids, `${LEDGER_FILE}, row ${index + 2} (id "${figure.id}")`);
    figures.set(figure.id, figure);
  });
  cache = figures;
  return cache;
}

export function getFigure(id: string, usedIn = 'the story'): Figure {
  const figure = getLedger().get(id);
  if (!figure) throw new ContentError(`${usedIn}: <Fig id="${id}"> is not in ${LEDGER_FILE}. Add the figure there or fix the id.`);
  return figure;
}

/** The figure as a reader sees it, e.g. "230,000" or "five". */
export function renderFigure(figure: Figure, as?: 'word', lang: Lang = SOURCE_LANG): string {
  return formatFigure(figure.value, figureStyleFor(lang), as);
}

/** Every ledger value written in digits: the numbers the rendered story may show. */
export function ledgerNumerals(lang: Lang = SOURCE_LANG): Set<string> {
  const style = figureStyleFor(lang);
  return new Set([...getLedger().values()].flatMap((figure) => [formatNumber(figure.value, style.locale), formatFigure(figure.value, style)]));
}

const ledgerWordsSchema = z.record(z.string(), z.strictObject({ scope: z.string().min(4), notes: z.string() }));

/**
 * What each figure counts, in a language (content/<lang>/data/ledger.yaml):
 * every figure of the ledger, and only those, with its scope and notes, so
 * the data and method pages and the offline editions can say it in the
 * reader's language. English reads the ledger itself.
 */
export function figureWordsIn(lang: Lang): Map<string, { scope: string; notes: string }> {
  const figures = getLedger();
  if (wordsOf(lang) === SOURCE_LANG) return new Map([...figures.values()].map((figure) => [figure.id, { scope: figure.scope, notes: figure.notes }]));
  const { file, data } = readTranslatedYaml(LEDGER_FILE.replace(/\.csv$/, '.yaml'), lang);
  const words = parseOrThrow(ledgerWordsSchema, data, { file });
  assertSameIds(file, figures.keys(), Object.keys(words), {
    missing: (id) => `no scope for the figure "${id}" of ${LEDGER_FILE}. Add ${id}: { scope: "…", notes: "…" }.`,
    extra: (id) => `"${id}" is not a figure of ${LEDGER_FILE}.`,
  });
  return new Map(Object.entries(words));
}

/** "2021-04/2022-07", "/2022-09-12" or "": the period as a machine-readable interval. */
export function periodOf(figure: Figure): string {
  if (!figure.period_start && !figure.period_end) return '';
  return `${figure.period_start}/${figure.period_end}`;
}
