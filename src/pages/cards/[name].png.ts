/**
 * Share cards for the story and the pages outside it, drawn at build:
 * /cards/story.png, /cards/glossary.png, /cards/classroom.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PAGE_CARD_NAMES, pageCard, storyCard, type CardSpec } from '../../sharing/cards/page-cards';
import { cardFor } from '../../sharing/cards/card-for';

export const getStaticPaths = (() => [{ params: { name: 'story' } }, ...PAGE_CARD_NAMES.map((name) => ({ params: { name } }))]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name;
  const spec: CardSpec = name === 'story' ? storyCard() : await pageCard(name as (typeof PAGE_CARD_NAMES)[number]);
  const png = await cardFor({ ...spec, name: spec.path, lang: 'en' });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
