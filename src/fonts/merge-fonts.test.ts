import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { CJK_FAMILIES, cutSlices } from './cjk-slices';
import { mergeFonts } from './merge-fonts';

describe('mergeFonts', () => {
  it('makes one TrueType font of a family’s slices, each character drawn as its slice drew it', async () => {
    const characters = [...'警方服务站 Safeguard 54，“”'];
    const { cuts } = await cutSlices(CJK_FAMILIES['zh-Hans'].sans, 400, characters, { outlinesOnly: true });
    expect(cuts.length).toBeGreaterThan(2);
    const merged = fontkit.create(mergeFonts(cuts.map((cut) => cut.data))) as fontkit.Font;
    for (const cut of cuts) {
      const slice = fontkit.create(cut.data) as fontkit.Font;
      for (const character of cut.characters) {
        const code = character.codePointAt(0) ?? 0;
        const [want, got] = [slice.glyphForCodePoint(code), merged.glyphForCodePoint(code)];
        expect(got.id, character).toBeGreaterThan(0);
        expect(got.advanceWidth, character).toBe(want.advanceWidth);
        expect(got.path.commands.length, character).toBe(want.path.commands.length);
      }
    }
    expect(merged.numGlyphs).toBe(1 + cuts.reduce((sum, cut) => sum + (fontkit.create(cut.data) as fontkit.Font).numGlyphs - 1, 0));
  });

  it('refuses to merge nothing', () => {
    expect(() => mergeFonts([])).toThrow(/no TrueType fonts/);
  });
});
