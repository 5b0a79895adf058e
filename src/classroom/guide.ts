/**
 * The teacher's guide, read from content/classroom.yaml and checked against
 * the chapters and the glossary.
 */
import { parseClassroom, type ClassroomGuide } from './guide-schema';
import { getChapters } from '../story/chapters';
import { getGlossary } from './glossary';
import { readMirroredYaml } from '../i18n/content-files';
import { SOURCE_LANG, wordsOf, type Lang } from '../i18n/languages';

export const CLASSROOM_FILE = 'content/classroom.yaml';

const cache = new Map<string, Promise<ClassroomGuide>>();

/** The guide in a language; a translation keeps its structure, ids and chapter slugs. */
export function getClassroom(lang: Lang = SOURCE_LANG): Promise<ClassroomGuide> {
  const words = wordsOf(lang);
  let guide = cache.get(words);
  if (!guide) {
    guide = (async () => {
      const chapters = await getChapters(lang);
      const { file, data } = readMirroredYaml(CLASSROOM_FILE, lang);
      return parseClassroom(data, file, chapters.map((chapter) => chapter.slug), new Set(getGlossary(lang).keys()));
    })();
    cache.set(words, guide);
  }
  return guide;
}
