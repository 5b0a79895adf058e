/** Share card for each chapter, drawn at build: /cards/chapters/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../../story/chapters';
import { chapterCard } from '../../../sharing/cards/page-cards';
import { cardFor } from '../../../sharing/cards/card-for';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  return chapters.map((chapter) => ({ params: { slug: chapter.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chapter = (await getChapters()).find((candidate) => candidate.slug === params.slug);
  if (!chapter) throw new Error(`No chapter with slug "${params.slug}" for its share card.`);
  const spec = chapterCard(chapter);
  const png = await cardFor({ ...spec, name: spec.path, lang: 'en' });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
