/** Share card for each chapter, drawn at build in each language: /cards/chapters/<slug>.png, /zh-hans/cards/chapters/<slug>.png… */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, type Chapter } from '../../../../story/chapters';
import { chapterCard } from '../../../../sharing/cards/page-cards';
import { cardFor } from '../../../../sharing/cards/card-for';
import { LANGUAGES, langParam, language, type Lang } from '../../../../i18n/languages';

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    LANGUAGES.map(async ({ id }) => (await getChapters(id)).map((chapter) => ({ params: { lang: langParam(id), slug: chapter.slug }, props: { lang: id, chapter } }))),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang; chapter: Chapter }> = async ({ props }) => {
  const spec = chapterCard(props.chapter, props.lang);
  const png = await cardFor({ ...spec, name: spec.path, lang: language(props.lang).tag });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
