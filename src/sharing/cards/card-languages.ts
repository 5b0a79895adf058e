/**
 * The languages a share card is drawn in, and what each needs from the
 * layout: the site's Latin fonts for English; Noto Serif and Noto Sans cut to
 * the card's own characters for Chinese (simplified forms from the SC fonts,
 * traditional from the TC fonts, whose glyphs follow Taiwan's standard forms).
 */
export const CARD_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];
export type ChineseCardLanguage = Exclude<CardLanguage, 'en'>;

export function isCardLanguage(value: string): value is CardLanguage {
  return (CARD_LANGUAGES as readonly string[]).includes(value);
}

export function isChinese(lang: CardLanguage): lang is ChineseCardLanguage {
  return lang !== 'en';
}

/** The locale each language's text is segmented in, and that satori's `lang` attribute takes. */
export const CARD_LOCALES = { en: 'en-GB', 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW' } as const satisfies Record<CardLanguage, string>;
