import { describe, expect, it } from 'vitest';
import { phraseRuns, startsWithOpening } from './cjk-line-breaks';

/** The runs with each break written as "|". */
const breaks = (text: string, lang: 'zh-Hans' | 'zh-Hant' = 'zh-Hans') => phraseRuns(text, lang).map((run) => (typeof run === 'string' ? run : '|')).join('');

describe('phraseRuns', () => {
  it('offers a break at word boundaries, keeping words whole', () => {
    expect(breaks('一通打往马德里的视频电话')).toBe('一通|打|往|马德里|的|视频|电话');
  });

  it('keeps closing punctuation on the line before and opening quotes on the line after', () => {
    const marked = breaks('伸向海外的长臂：中国警方的境外“服务站”');
    expect(marked).not.toMatch(/\|[：”]/);
    expect(marked).not.toMatch(/“\|/);
    expect(marked.replaceAll('|', '')).toBe('伸向海外的长臂：中国警方的境外“服务站”');
    expect(breaks('伸向海外的長臂：中國警方的境外「服務站」', 'zh-Hant')).not.toMatch(/\|[：」]|「\|/);
  });

  it('leaves spaces to break Latin words as usual', () => {
    expect(breaks('China Factor网站')).not.toMatch(/\| |\s\|/);
  });
});

describe('startsWithOpening', () => {
  it('finds a title that opens on a full-width quote or bracket', () => {
    expect(startsWithOpening('“劝返”：官方数字涵盖什么')).toBe(true);
    expect(startsWithOpening('「勸返」')).toBe(true);
    expect(startsWithOpening('此后：关停、调查和审判')).toBe(false);
  });
});
