/**
 * Share cards for the story and the pages outside it, drawn at build in each
 * language: /cards/story.png, /zh-hans/cards/glossary.png, /zh-hant/cards/classroom.png…
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PAGE_CARD_NAMES, pageCard, storyCard, type CardSpec } from '../../../sharing/cards/page-cards';
import { cardFor } from '../../../sharing/cards/card-for';
import { LANGUAGES, langParam, language, type Lang } from '../../../i18n/languages';

export const getStaticPaths = (() =>
  LANGUAGES.flatMap(({ id }) => ['story', ...PAGE_CARD_NAMES].map((name) => ({ params: { lang: langParam(id), name }, props: { lang: id } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ params, props }) => {
  const name = params.name;
  const spec: CardSpec = name === 'story' ? storyCard(props.lang) : await pageCard(name as (typeof PAGE_CARD_NAMES)[number], props.lang);
  const png = await cardFor({ ...spec, name: spec.path, lang: language(props.lang).tag });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
