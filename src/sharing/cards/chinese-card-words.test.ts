import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareCard } from './card-for';
import { chineseCards, traditional } from './chinese-card-words';

const englishCards = ['cards/story.png', 'cards/glossary.png', 'cards/classroom.png'];

describe('the Chinese cards', () => {
  it('has a card for every page that has one in English, at the same path under the edition', () => {
    const chapters = readdirSync('content/chapters').filter((file) => file.endsWith('.mdx')).length;
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      const names = chineseCards(edition).map((card) => card.name);
      expect(names).toEqual(expect.arrayContaining(englishCards.map((name) => `${edition}/${name}`)));
      expect(names.filter((name) => name.startsWith(`${edition}/cards/chapters/`))).toHaveLength(chapters);
      expect(names.filter((name) => name.startsWith(`${edition}/cards/charts/`)).length).toBeGreaterThan(0);
    }
  });

  it('writes 繁體 as Taiwan writes it, with the reviewed overrides', () => {
    expect(traditional('一通打往马德里的视频电话')).toBe('一通打往馬德里的視訊電話');
    const chapter = chineseCards('zh-hant').find((card) => card.name.endsWith('/the-lishui-video.png'));
    expect(chapter?.lang).toBe('zh-Hant');
    expect(chapter?.title).toBe(traditional(chineseCards('zh-hans').find((card) => card.name.endsWith('/the-lishui-video.png'))?.title ?? ''));
  });

  it('has fonts for every character of every card', async () => {
    const cards = [...chineseCards('zh-hans'), ...chineseCards('zh-hant')];
    await Promise.all(cards.map((card) => prepareCard(card)));
  }, 30_000);
});
