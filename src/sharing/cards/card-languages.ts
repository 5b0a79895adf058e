/**
 * The languages a share card is drawn in, named by their BCP 47 tags
 * (src/i18n/languages.ts), and what each needs from the layout: the site's
 * Latin fonts for English; Noto Serif and Noto Sans cut to the card's own
 * characters for Chinese (simplified forms from the SC fonts, traditional
 * from the TC fonts, whose glyphs follow Taiwan's standard forms).
 */
import { LANGUAGES, type Language } from '../../i18n/languages';

export type CardLanguage = Language['tag'];
export type ChineseCardLanguage = Exclude<CardLanguage, 'en'>;

export function isChinese(lang: CardLanguage): lang is ChineseCardLanguage {
  return lang !== 'en';
}

/** The locale each language's text is segmented in, and that satori's `lang` attribute takes. */
export const CARD_LOCALES = Object.fromEntries(LANGUAGES.map((entry) => [entry.tag, entry.locale])) as { [Tag in CardLanguage]: Extract<Language, { tag: Tag }>['locale'] };
