import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseClassroom } from './guide-schema';
import { parseGlossary } from './glossary';

const FILE = 'content/classroom.yaml';
const slugs = readdirSync('content/chapters')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/chapters/${name}`, 'utf8'))?.[1] ?? '') as { slug: string; order: number })
  .sort((a, b) => a.order - b.order)
  .map((front) => front.slug);
const terms = new Set(parseGlossary(parse(readFileSync('content/glossary.yaml', 'utf8')), 'content/glossary.yaml').keys());
const raw = () => parse(readFileSync(FILE, 'utf8')) as Record<string, unknown> & { chapters: Array<Record<string, unknown>> };

describe('the teacher’s guide', () => {
  it('covers every chapter in order, with 3–5 questions and known key terms', () => {
    const guide = parseClassroom(raw(), FILE, slugs, terms);
    expect(guide.chapters.map((entry) => entry.chapter)).toEqual(slugs);
    for (const entry of guide.chapters) {
      expect(entry.questions.length).toBeGreaterThanOrEqual(3);
      expect(entry.questions.length).toBeLessThanOrEqual(5);
    }
    expect(guide.activities.map((activity) => activity.id)).toEqual(['reading-the-map', 'weighing-the-claims', 'checking-a-figure']);
  });

  it('rejects a chapter with too few questions, naming the file and field', () => {
    const data = raw();
    data.chapters[0] = { ...data.chapters[0], questions: ['Only one question here?', 'And a second one here?'] };
    expect(() => parseClassroom(data, FILE, slugs, terms)).toThrow(/content\/classroom\.yaml[\s\S]*field "chapters\.0\.questions": must have at least 3 questions/);
  });

  it('rejects a key term that is not in the glossary', () => {
    const data = raw();
    data.chapters[1] = { ...data.chapters[1], terms: ['no-such-term'] };
    expect(() => parseClassroom(data, FILE, slugs, terms)).toThrow(/classroom\.yaml: chapter "what-are-the-stations" lists the key term "no-such-term"/);
  });

  it('rejects a guide that leaves a chapter out', () => {
    const data = raw();
    data.chapters.pop();
    expect(() => parseClassroom(data, FILE, slugs, terms)).toThrow(/must list every chapter once, in reading order/);
  });

  it('rejects an unknown chapter slug', () => {
    const data = raw();
    data.chapters[0] = { ...data.chapters[0], chapter: 'no-such-chapter' };
    expect(() => parseClassroom(data, FILE, slugs, terms)).toThrow(/lists "no-such-chapter", which is not a chapter slug/);
  });
});
