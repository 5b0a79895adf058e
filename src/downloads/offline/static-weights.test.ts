import * as fontkit from 'fontkit';
import fontverter from 'fontverter';
import { describe, expect, it } from 'vitest';
import { cutSerifCore, serifLatinSource } from '../../fonts/serif-core-font';
import { SERIF_CORE_CHARACTERS } from '../../fonts/serif-core';
import { STATIC_WEIGHTS, staticWeights } from './static-weights';

const open = async (woff2: Buffer) => fontkit.create(await fontverter.convert(woff2, 'sfnt')) as fontkit.Font;

describe('staticWeights', async () => {
  const core = await cutSerifCore(serifLatinSource(process.cwd()));
  const variable = await open(core);
  const instances = await staticWeights(core);

  it('makes one font for each weight the story uses', () => {
    expect(instances.map((instance) => instance.weight)).toEqual([...STATIC_WEIGHTS]);
  });

  it('makes static fonts (no variation axes: a PDF embeds them as fonts, not drawings) that say their weight', async () => {
    for (const instance of instances) {
      const font = await open(instance.bytes);
      expect(Object.keys(font.variationAxes), `${instance.weight}`).toEqual([]);
      expect((font as unknown as { 'OS/2': { usWeightClass: number } })['OS/2'].usWeightClass).toBe(instance.weight);
    }
  });

  it('draws every core character as the variable font does at that weight', async () => {
    for (const instance of instances) {
      const pinned = await open(instance.bytes);
      const reference = variable.getVariation({ wght: instance.weight });
      for (const character of SERIF_CORE_CHARACTERS) {
        const label = `${JSON.stringify(character)} at ${instance.weight}`;
        const [expected] = reference.glyphsForString(character);
        const [actual] = pinned.glyphsForString(character);
        expect(actual.id, label).not.toBe(0);
        expect(actual.advanceWidth, label).toBeCloseTo(expected.advanceWidth, 0);
      }
    }
  });

  it('refuses a weight the core font does not keep', async () => {
    await expect(staticWeights(core, [300])).rejects.toThrow(/400 to 700/);
  });
});
