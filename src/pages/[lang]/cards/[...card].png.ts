/**
 * Share cards of the Chinese editions, drawn at build with their Chinese
 * words: /zh-hans/cards/story.png, /zh-hant/cards/chapters/<slug>.png, and so
 * on, the same paths as the English cards under the edition's prefix.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardFor, type CardRequest } from '../../../sharing/cards/card-for';
import { CHINESE_EDITIONS, chineseCards, type ChineseEdition } from '../../../sharing/cards/chinese-card-words';

export const getStaticPaths = (() =>
  (Object.keys(CHINESE_EDITIONS) as ChineseEdition[]).flatMap((edition) =>
    chineseCards(edition).map((card) => ({ params: { lang: edition, card: card.name.slice(`${edition}/cards/`.length, -'.png'.length) }, props: { card } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardRequest }> = async ({ props }) => {
  const png = await cardFor(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
