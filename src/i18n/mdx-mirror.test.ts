import { describe, expect, test } from 'vitest';
import { assertMdxMirrors } from './mdx-mirror';

const english = {
  file: 'content/chapters/01-x.mdx',
  source: '---\nslug: x\n---\n<h2 id="why">Why?</h2>\n<p id="one">A <Fig id="stations" /> of <Fig id="total" />.<Cite src="voa" claim="c-one" /> He said <Q src="voa" claim="q-one" words="simply untrue" />.</p>\n<Scrolly chart="map">\n<Step id="step-a" state="world">Text</Step>\n</Scrolly>\n',
};
const chinese = (body: string) => ({ file: 'content/zh-hans/chapters/01-x.mdx', source: `---\nslug: x\n---\n${body}` });

describe('a translated chapter mirrors its English MDX', () => {
  test('words change, and inside a block figures and citations may move with Chinese word order', () => {
    const ok = chinese('<h2 id="why">为什么？</h2>\n<p id="one"><Fig id="total" />个中的<Fig id="stations" />个。<Cite src="voa" claim="c-one" />他说<Q src="voa" claim="q-one" words="simply untrue" zh="根本不属实" />。</p>\n<Scrolly chart="map">\n<Step id="step-a" state="world">文字</Step>\n</Scrolly>\n');
    expect(() => assertMdxMirrors(english, ok)).not.toThrow();
  });

  test('a changed id, state, claim or English original fails naming the file and line', () => {
    expect(() => assertMdxMirrors(english, chinese('<h2 id="why-not">为什么？</h2>\n'))).toThrow(/content\/zh-hans\/chapters\/01-x\.mdx, line 4: found <h2 id="why-not">/);
    const wrongState = english.source.replace('state="world"', 'state="europe"').replace(/^---\nslug: x\n---\n/, '');
    expect(() => assertMdxMirrors(english, chinese(wrongState))).toThrow(/<Step id="step-a" state="europe">/);
    const wrongClaim = english.source.replace('claim="c-one"', 'claim="c-two"').replace(/^---\nslug: x\n---\n/, '');
    expect(() => assertMdxMirrors(english, chinese(wrongClaim))).toThrow(/c-two/);
    const wrongWords = english.source.replace('words="simply untrue" />', 'words="simply not true" zh="不属实" />').replace(/^---\nslug: x\n---\n/, '');
    expect(() => assertMdxMirrors(english, chinese(wrongWords))).toThrow(/simply not true/);
  });

  test('a Chinese original replaces the English rendering and may name its own statement', () => {
    const en = { file: 'a.mdx', source: '<p id="p"><Q src="mfa" statement="ST04" translated words="not police stations" /></p>' };
    expect(() => assertMdxMirrors(en, { file: 'b.mdx', source: '<p id="p"><Q src="mfa" statement="ST05" words="不是警察站" /></p>' })).not.toThrow();
  });
});
