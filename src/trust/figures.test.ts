import { describe, expect, test } from 'vitest';
import { formatCompact, formatFigure } from './figures';

describe('figures in Chinese', () => {
  test('large round numbers in 万 (Intl compact), only when exact', () => {
    expect(formatCompact(230000, 'zh-CN')).toBe('23万');
    expect(formatCompact(210000, 'zh-TW')).toBe('21萬');
    expect(formatCompact(610, 'zh-CN')).toBe('610');
    expect(formatCompact(12345, 'zh-CN')).toBe('1.2345万');
  });

  test('small numbers spelled out from the edition’s words: 两 before a measure word', () => {
    const style = { locale: 'zh-CN', numberWords: ['零', '一', '两', '三'], compact: true };
    expect(formatFigure(2, style, 'word')).toBe('两');
    expect(formatFigure(230000, style)).toBe('23万');
    expect(() => formatFigure(4, style, 'word')).toThrow(/cannot be spelled out/);
  });
});
