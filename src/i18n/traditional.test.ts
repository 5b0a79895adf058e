import { describe, expect, test } from 'vitest';
import { applyOverrides, taiwanQuotationMarks, toSimplified, toTraditional, traditionalHtml } from './traditional';

describe('繁體 from 简体', () => {
  test('converts characters to the Taiwan standard, then the reviewed overrides', () => {
    expect(toTraditional('保护卫士说，会面视频')).toBe('保護衛士說，會面影片');
    expect(toTraditional('法院和各国政府查明了什么')).toBe('法院和各國政府查明了什麼');
  });

  test('sets Chinese quotations in 「」 (『』 inside), and leaves English quotations and apostrophes alone', () => {
    expect(taiwanQuotationMarks('境外“服务站”')).toBe('境外「服务站」');
    expect(taiwanQuotationMarks('他说“所谓‘警察站’不存在”')).toBe('他说「所谓『警察站』不存在」');
    expect(taiwanQuotationMarks('“They will live in fear”: Hong Kong’s John Lee')).toBe('“They will live in fear”: Hong Kong’s John Lee');
    expect(taiwanQuotationMarks('（原文：“simply untrue”）')).toBe('（原文：「simply untrue」）');
  });

  test('overrides apply longest first', () => {
    expect(applyOverrides('遠程視頻通話')).toBe('遠端視訊通話');
    expect(applyOverrides('視頻')).toBe('影片');
  });

  test('a page: text and attributes converted; other languages, scripts and verbatim words kept as they are', () => {
    const html =
      '<html lang="zh-Hant"><head><title>视频</title><script>const a = "视频";</script><script type="application/ld+json">{"headline":"视频"}</script></head>' +
      '<body><p title="视频">视频<a lang="zh-Hans" hreflang="zh-Hans">简体中文</a><q lang="en">“video”</q><q data-verbatim>网上视频</q><span>网上</span></p></body></html>';
    const out = traditionalHtml(html);
    expect(out).toContain('<title>影片</title>');
    expect(out).toContain('const a = "视频";');
    expect(out).toContain('{"headline":"影片"}');
    expect(out).toContain('<p title="影片">影片');
    expect(out).toContain('>简体中文</a>');
    expect(out).toContain('<q lang="en">“video”</q>');
    expect(out).toContain('<q data-verbatim>網上視頻</q>');
    expect(out).toContain('<span>網路上</span>');
  });

  test('folds traditional to simplified for comparison', () => {
    expect(toSimplified('你提到的機構不是“警察站”')).toBe('你提到的机构不是“警察站”');
  });
});
