/**
 * Share cards in every language: the Chinese fonts are cut to exactly the
 * card's characters, a character no font has fails naming the card, titles
 * break between words and never before a comma, and the PNG stays small.
 */
import * as fontkit from 'fontkit';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../tools/png-size';
import { missingGlyphs } from './card-glyphs';
import { cardFor, prepareCard, type CardRequest } from './card-for';
import { CARD_HEIGHT, CARD_MAX_BYTES, CARD_WIDTH, cardTree } from './card-image';
import { CJK_FAMILIES, drawnCharacters } from '../../fonts/cjk-slices';
import { cjkFace } from './cjk-fonts';

const story: CardRequest = {
  name: 'zh-hans/cards/story.png',
  lang: 'zh-Hans',
  kicker: '海外110',
  title: '伸向海外的长臂：中国警方的境外“服务站”',
  subtitle: '一家人权组织说，中国地方警方在数十个国家设立了办事处，还利用其中一些向人施压，逼他们回国。中方说，这些地点由志愿者运营，为的是帮人办理驾照。',
  footer: '海外110团队 · 2026年12月7日',
};

const chapter: CardRequest = {
  name: 'zh-hant/cards/chapters/the-lishui-video.png',
  lang: 'zh-Hant',
  kicker: '第1章',
  title: '一通打往馬德里的視訊電話',
  subtitle: '一名旅居西班牙的男子，在與家鄉縣裡的官員視訊會面後，同意回到中國。',
  footer: '海外110 · 伸向海外的長臂：中國警方的境外「服務站」',
};

/** The code points a font maps, as characters (less U+FFFF, which ends every format-4 cmap). */
function characterSet(font: Uint8Array): string[] {
  return (fontkit.create(Buffer.from(font)) as fontkit.Font).characterSet.filter((code) => code !== 0xffff).map((code) => String.fromCodePoint(code));
}

/** The lines of the card's title as satori lays them out: its <text> runs grouped by baseline. */
async function titleLines(request: CardRequest): Promise<string[]> {
  const { content, fonts, options } = await prepareCard(request);
  const svg = await satori(cardTree(content, options.faces) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: false });
  const lines = new Map<string, string>();
  for (const [, y = '', family = '', text = ''] of svg.matchAll(/<text[^>]*\by="([\d.]+)"[^>]*font-family="([^"]*)"[^>]*>([^<]*)<\/text>/g)) {
    if (family.toLowerCase().includes('serif')) lines.set(y, (lines.get(y) ?? '') + text);
  }
  return [...lines.values()];
}

describe('Chinese share cards', () => {
  it('cuts each family to exactly the characters it sets', async () => {
    const face = await cjkFace(story.name, CJK_FAMILIES['zh-Hans'].serif, 700, story.title);
    expect(missingGlyphs(story.title, face.files)).toEqual([]);
    expect(face.files.flatMap(characterSet).sort()).toEqual(drawnCharacters(story.title).sort());
    expect(face.cssFamily).toContain('"Noto Serif SC 700 ');
    // A few KB a slice, not the megabytes of the whole family.
    expect(face.files.reduce((bytes, file) => bytes + file.byteLength, 0)).toBeLessThan(40_000);
  });

  it('sets 繁體 in the TC families', async () => {
    const { options } = await prepareCard(chapter);
    expect(options.faces?.serif).toMatch(/^"Noto Serif TC 700 /);
    expect(options.faces?.sans).toMatch(/^"Noto Sans TC 400 /);
  });

  it('draws a 1200×630 PNG within the card budget, in both scripts', async () => {
    for (const request of [story, chapter]) {
      const png = await cardFor(request);
      expect(pngSize(png), request.name).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
      expect(png.byteLength, request.name).toBeGreaterThan(10_000);
      expect(png.byteLength, request.name).toBeLessThanOrEqual(CARD_MAX_BYTES);
    }
  }, 30_000);

  it('fails naming the card and the characters no font has', async () => {
    await expect(cardFor({ ...story, title: '服务站𓀀与𓁐' })).rejects.toThrow('Share card "zh-hans/cards/story.png": Noto Serif SC (700) has no glyph for “𓀀” (U+13000), “𓁐” (U+13050)');
    await expect(cardFor({ ...story, lang: 'en', name: 'cards/story.png', title: 'Stations 服务站', kicker: 'Overseas 110' })).rejects.toThrow(
      'Share card "cards/story.png": Source Serif 4 has no glyph for “服” (U+670D), “务” (U+52A1), “站” (U+7AD9)',
    );
  });

  it("draws a chart's Chinese labels, and checks them too", async () => {
    const chart = (label: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><text x="10" y="60" font-size="40">${label}</text></svg>`;
    const { options } = await prepareCard({ ...story, svg: chart('马德里') });
    expect(options.chartFonts?.flatMap(characterSet)).toEqual(expect.arrayContaining(['马', '德', '里']));
    const madrid = await cardFor({ ...story, svg: chart('马德里') });
    const blank = await cardFor({ ...story, svg: chart('') });
    expect(Buffer.from(madrid).equals(Buffer.from(blank))).toBe(false);
    await expect(prepareCard({ ...story, svg: chart('𓀀') })).rejects.toThrow('Noto Sans SC (400) has no glyph for “𓀀” (U+13000)');
  }, 30_000);

  it('breaks a title between words, never before a comma or inside a name', async () => {
    const lines = await titleLines({ ...story, title: '此后：关停、调查和审判，以及马德里、伦敦和纽约的视频电话与法庭案件' });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('此后：关停、调查和审判，以及马德里、伦敦和纽约的视频电话与法庭案件');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，、：。”]/);
    for (const line of lines) expect(line).not.toMatch(/[“]$/);
    for (const name of ['马德里', '伦敦', '纽约', '法庭']) expect(lines.some((line) => line.includes(name)), name).toBe(true);
  });
});
