/**
 * The teacher's guide, read from content/classroom.yaml and checked against
 * the chapters and the glossary.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseClassroom, type ClassroomGuide } from './guide-schema';
import { getChapters } from '../story/chapters';
import { getGlossary } from './glossary';

export const CLASSROOM_FILE = 'content/classroom.yaml';

let cache: Promise<ClassroomGuide> | undefined;

export function getClassroom(): Promise<ClassroomGuide> {
  cache ??= (async () => {
    const chapters = await getChapters();
    return parseClassroom(
      parse(readFileSync(CLASSROOM_FILE, 'utf8')),
      CLASSROOM_FILE,
      chapters.map((chapter) => chapter.slug),
      new Set(getGlossary().keys()),
    );
  })();
  return cache;
}
