import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { documentTitle, printedCharacters, printFamily, printFontCss, printFooterCss, quotedCharacters, quotedScriptsCss, withPrintFonts } from './print-fonts';

const page = '<!doctype html><html lang="zh-Hans"><head><title>海外“服务站”</title><style>q::before{content:"「"}</style></head><body><p>警方\u2060<a href="#n">1</a> Safeguard</p>\n</body></html>';

describe('the print fonts of a Chinese offline edition', () => {
  it('cover every character the print may draw: text, title, style sheets, spaces, page numbers, emphasis dots', () => {
    const characters = printedCharacters(page);
    for (const character of [...'海外服务站警方「Safeguard1 /0123456789•']) expect(characters, character).toContain(character);
    expect(characters).not.toContain('\n');
  });

  it('write in one font cut to those characters, and point the page’s stacks at it', async () => {
    const css = await printFontCss('zh-Hans', printedCharacters(page));
    const faces = [...css.matchAll(/url\(data:font\/ttf;base64,([^)]+)\)/g)];
    expect(faces).toHaveLength(1);
    const font = fontkit.create(Buffer.from(faces[0]![1]!, 'base64')) as fontkit.Font;
    for (const character of '海外服务站警方「Safeguard') expect(font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0), character).toBe(true);
    expect(font.hasGlyphForCodePoint('国'.codePointAt(0) ?? 0)).toBe(false);
    expect(css).toContain(`--font-sans:"${printFamily('zh-Hans')}"`);
  });

  it('draw the footer in the page (the title and page numbers), with the title quoted for CSS', () => {
    expect(documentTitle(page)).toBe('海外“服务站”');
    expect(printFooterCss('zh-Hant', 'a "b" \\ c')).toContain('content:"a \\"b\\" \\\\ c"');
    expect(printFooterCss('zh-Hant', 'x')).toContain('counter(page) " / " counter(pages)');
  });

  it('go in last, before </head>, and take out the word joiners no CJK face draws', () => {
    const source = withPrintFonts(page, 'p{}');
    expect(source).toContain('<style>p{}</style></head>');
    expect(source).not.toContain('\u2060');
    expect(() => withPrintFonts('<p>', '')).toThrow(/no <\/head>/);
  });
});

describe('the print fonts of an English offline edition that quotes Chinese and Korean titles', () => {
  const english = '<!doctype html><html lang="en"><head><title>Overseas 110</title></head><body><p>Police</p><cite lang="zh-Hans">首批服务站</cite><cite lang="zh-Hant">僑鄉青田</cite><cite lang="ko">중국 경찰</cite></body></html>';

  it('find the characters of each script by the lang that marks them, and nothing from the English text', () => {
    const quoted = quotedCharacters(english);
    expect([...quoted.keys()]).toEqual(['zh-Hans', 'zh-Hant', 'ko']);
    expect(quoted.get('zh-Hans')).toEqual([...'首批服务站']);
    expect(quoted.get('ko')).toEqual(['중', '국', ' ', '경', '찰']);
    expect(quotedCharacters('<html lang="en"><body><p>Police</p></body></html>').size).toBe(0);
  });

  it('write one cut font per script, set on the elements marked with it only', async () => {
    const css = await quotedScriptsCss(quotedCharacters(english));
    const faces = [...css.matchAll(/url\(data:font\/ttf;base64,([^)]+)\)/g)].map((face) => fontkit.create(Buffer.from(face[1]!, 'base64')) as fontkit.Font);
    expect(faces).toHaveLength(3);
    expect(faces[0]!.hasGlyphForCodePoint('务'.codePointAt(0) ?? 0)).toBe(true);
    expect(faces[1]!.hasGlyphForCodePoint('僑'.codePointAt(0) ?? 0)).toBe(true);
    expect(faces[2]!.hasGlyphForCodePoint('경'.codePointAt(0) ?? 0)).toBe(true);
    expect(css).toContain('[lang="ko"]{font-family:var(--font-sans),"Noto Sans KR Print"');
    expect(css).not.toContain('--font-sans:');
  });
});
