/**
 * Number, list and date formatting for chart words, in the page's language,
 * so "230000" reads "230,000" in English and 23万 in Chinese, lists get the
 * right "and" (和), dates read "12 September 2022" or 2022年9月12日, and
 * place names from the data read in the language (content/<lang>/data/place-names.yaml).
 */
import { formatDate } from '../shared/dates';
import { uiFor } from '../shared/ui';
import { SOURCE_LANG, isChinese, type Lang } from '../i18n/languages';
import { formatCompact } from '../trust/figures';
import { placeName } from '../i18n/place-names';

export interface ChartFormats {
  lang: Lang;
  locale: string;
  number: (value: number) => string;
  list: (items: readonly string[]) => string;
  date: (iso: string) => string;
  /** A place name of the data (city, country, continent) in the language; `usedIn` names the chart for errors. */
  place: (name: string, usedIn: string) => string;
}

const cache = new Map<Lang, ChartFormats>();

export function formatsFor(lang: Lang = SOURCE_LANG): ChartFormats {
  let formats = cache.get(lang);
  if (!formats) {
    const { locale } = uiFor(lang);
    const numberFormat = new Intl.NumberFormat(locale);
    const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    formats = {
      lang,
      locale,
      number: (value) => (isChinese(lang) ? formatCompact(value, locale) : numberFormat.format(value)),
      list: (items) => listFormat.format(items),
      date: (iso) => formatDate(iso, locale),
      place: (name, usedIn) => placeName(name, lang, usedIn),
    };
    cache.set(lang, formats);
  }
  return formats;
}
