/**
 * Number and list formatting for chart words, in the story's language, so
 * "230000" reads "230,000" in English and lists get the right "and".
 */
import { ui } from '../shared/ui';

const numberFormat = new Intl.NumberFormat(ui.locale);
const listFormat = new Intl.ListFormat(ui.locale, { style: 'long', type: 'conjunction' });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}
