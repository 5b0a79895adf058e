/**
 * The teacher's guide's rules (content/classroom.yaml): learning goals, one
 * entry per chapter with a summary, 3–5 discussion questions and key terms
 * from the glossary, and two or three activities. Cross-references to
 * chapters and terms are checked so that a typo fails the build.
 */
import { z } from 'zod';
import { stableId } from '../shared/stable-id';
import { ContentError, parseOrThrow } from '../shared/validation-error';

const sentence = z.string().min(10, 'must be a full sentence');

export const classroomSchema = z.strictObject({
  /** Page title, e.g. "Teacher's guide". */
  title: z.string().min(5),
  /** One sentence for search results and share cards. */
  description: z.string().min(20).max(240, 'must be one sentence (240 characters at most)'),
  /** Opening paragraphs. */
  intro: z.array(sentence).min(1),
  /** The guide's own headings and labels. */
  labels: z.strictObject({
    goals: z.string(),
    assign: z.string(),
    chapters: z.string(),
    activities: z.string(),
    summary: z.string(),
    questions: z.string(),
    terms: z.string(),
    time: z.string(),
    chapterLink: z.string(),
    debrief: z.string(),
  }),
  /** What students should be able to do afterwards. */
  goals: z.array(sentence).min(3),
  /** How to assign one chapter: an introduction and numbered steps. */
  assign: z.strictObject({ intro: sentence, steps: z.array(sentence).min(2) }),
  chapters: z
    .array(
      z.strictObject({
        /** Slug of the chapter this entry is about. */
        chapter: stableId,
        summary: sentence,
        questions: z.array(sentence).min(3, 'must have at least 3 questions').max(5, 'must have at most 5 questions'),
        /** Glossary ids. */
        terms: z.array(stableId).min(1, 'must list at least one key term'),
      }),
    )
    .min(1),
  activities: z
    .array(
      z.strictObject({
        id: stableId,
        title: z.string().min(5),
        /** How long it takes, in words, e.g. "20 to 30 minutes". */
        time: z.string().min(3),
        /** Chapters the activity uses. */
        chapters: z.array(stableId).min(1),
        aim: sentence,
        steps: z.array(sentence).min(2),
        debrief: sentence,
      }),
    )
    .min(2, 'must offer at least 2 activities')
    .max(3, 'must offer at most 3 activities'),
});

export type ClassroomGuide = z.infer<typeof classroomSchema>;

/**
 * Parses the guide and checks it against the story: one entry per chapter, in
 * reading order; every term in the glossary; every activity's chapters real.
 */
export function parseClassroom(data: unknown, file: string, chapterSlugs: readonly string[], termIds: ReadonlySet<string>): ClassroomGuide {
  const guide = parseOrThrow(classroomSchema, data, { file });
  const listed = guide.chapters.map((entry) => entry.chapter);
  const known = new Set(chapterSlugs);
  for (const slug of listed) {
    if (!known.has(slug)) throw new ContentError(`${file}: chapters lists "${slug}", which is not a chapter slug.`);
  }
  if (listed.join(' ') !== chapterSlugs.join(' ')) {
    throw new ContentError(`${file}: chapters must list every chapter once, in reading order: ${chapterSlugs.join(', ')}.`);
  }
  for (const entry of guide.chapters) {
    for (const term of entry.terms) {
      if (!termIds.has(term)) throw new ContentError(`${file}: chapter "${entry.chapter}" lists the key term "${term}", which is not in the glossary.`);
    }
  }
  const activityIds = new Set<string>();
  for (const activity of guide.activities) {
    if (activityIds.has(activity.id)) throw new ContentError(`${file}: the activity id "${activity.id}" is used twice.`);
    activityIds.add(activity.id);
    for (const slug of activity.chapters) {
      if (!known.has(slug)) throw new ContentError(`${file}: activity "${activity.id}" names "${slug}", which is not a chapter slug.`);
    }
  }
  return guide;
}
