/**
 * Share cards for the story and the pages outside it, drawn at build:
 * /cards/story.png, /cards/glossary.png, /cards/classroom.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardFonts } from '../../sharing/cards/card-fonts';
import { PAGE_CARD_NAMES, pageCard, storyCard, type CardSpec } from '../../sharing/cards/page-cards';
import { renderCard } from '../../sharing/cards/card-image';

export const getStaticPaths = (() => [{ params: { name: 'story' } }, ...PAGE_CARD_NAMES.map((name) => ({ params: { name } }))]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name;
  const spec: CardSpec = name === 'story' ? storyCard() : await pageCard(name as (typeof PAGE_CARD_NAMES)[number]);
  const png = await renderCard(spec, cardFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
