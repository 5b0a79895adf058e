/**
 * The language of a short text in Chinese, Korean or Japanese characters (a
 * source's title, kept in its original language): its BCP 47 tag, so the page
 * can mark it with `lang` and 繁體 conversion leaves it as written. Undefined
 * for text in Latin letters (titles in English, Dutch, Spanish…: the page's
 * sans face covers them, and converting leaves them alone).
 */
import { toSimplified } from './traditional';

const HANGUL = /[\u1100-\u11ff\uac00-\ud7af]/u;
const KANA = /[\u3040-\u30ff]/u;
const HAN = /\p{Script=Han}/u;

export function textLang(text: string): string | undefined {
  if (HANGUL.test(text)) return 'ko';
  if (KANA.test(text)) return 'ja';
  if (!HAN.test(text)) return undefined;
  return toSimplified(text) === text ? 'zh-Hans' : 'zh-Hant';
}
