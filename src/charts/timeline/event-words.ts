/**
 * The timeline's event descriptions in a language: English is the `event`
 * column of content/data/timeline.csv; a translation gives every row's words
 * by id in content/<lang>/data/timeline-events.yaml. A row without words, or
 * words for a row that does not exist, stops the build naming the file.
 */
import { z } from 'zod';
import { parseOrThrow } from '../../shared/validation-error';
import { assertSameIds, readTranslatedYaml } from '../../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../../i18n/languages';
import { TIMELINE_FILE, loadTimeline } from './events';

export function eventWordsIn(lang: Lang): (id: string, english: string) => string {
  if (wordsOf(lang) === SOURCE_LANG) return (_id, english) => english;
  const { file, data } = readTranslatedYaml(TIMELINE_FILE.replace(/\.csv$/, '-events.yaml'), lang);
  const words = parseOrThrow(z.record(z.string(), z.string().min(4)), data, { file });
  const rows = loadTimeline();
  assertSameIds(
    file,
    rows.map((row) => row.id),
    Object.keys(words),
    {
      missing: (id) => `no words for the event "${id}" of ${TIMELINE_FILE}. Add ${id}: "…".`,
      extra: (id) => `"${id}" is not an event id of ${TIMELINE_FILE}.`,
    },
  );
  return (id) => words[id] ?? id;
}
