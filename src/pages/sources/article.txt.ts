/**
 * /sources/article.txt: the article the story is built on, byte for byte as
 * we hold it (Voice of America's text, republished by China Factor). Readers
 * can check every quote against it.
 */
import type { APIRoute } from 'astro';
import { articleBytes } from '../../trust/sources/article';

export const GET: APIRoute = () =>
  new Response(new Uint8Array(articleBytes()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
