/**
 * What the trust tests need from the content, read straight from the files
 * (the browser tests run outside Astro): ledger numerals, the number
 * allow-list, the edition's locale, and every address in the sources registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parse } from 'yaml';
import { formatNumber } from '../../../src/trust/figures';
import { monthNamesFor, type NumberScanOptions } from '../../../src/trust/checks/number-scan';

const ui = JSON.parse(readFileSync('content/ui/en.json', 'utf8')) as { locale: string; licenceUrl: string };

export function numberScanOptions(): NumberScanOptions {
  const ledger = csvParse(readFileSync('content/data/ledger.csv', 'utf8'));
  const allow = (parse(readFileSync('content/number-allow-list.yaml', 'utf8')) as Array<{ number: string }>).map((entry) => entry.number);
  return {
    monthNames: monthNamesFor(ui.locale),
    figures: new Set(ledger.map((row) => formatNumber(Number(row.value), ui.locale))),
    allow: new Set(allow),
  };
}

export interface RegistryRow {
  id: string;
  url: string;
  copy_url: string;
}

export function registry(): RegistryRow[] {
  return csvParse(readFileSync('content/data/sources.csv', 'utf8')).map((row) => ({ id: row.id ?? '', url: row.url ?? '', copy_url: row.copy_url ?? '' }));
}

/** Every outside address the registry holds: the only outside links the story may carry. */
export function registeredAddresses(): Set<string> {
  return new Set(registry().flatMap((row) => [row.url, row.copy_url].filter((address) => /^https?:/.test(address))));
}

export function datasetIds(): string[] {
  return readdirSync('content/data')
    .filter((name) => name.endsWith('.csv'))
    .map((name) => name.replace(/\.csv$/, ''));
}
