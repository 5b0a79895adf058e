import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { documentTitle, printedCharacters, printFamily, printFontCss, printFooterCss, withPrintFonts } from './print-fonts';

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
