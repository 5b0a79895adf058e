import { describe, expect, test } from 'vitest';
import { averageSentenceLength, chineseProseOfMdx, chineseReadingMinutes, chineseSentences } from './chinese-text';

describe('Chinese prose measures', () => {
  test('sentences end at 。！？； and line ends; their length counts letters and digits, not punctuation', () => {
    expect(chineseSentences('他说：“好。”我们走吧！\n标题')).toEqual(['他说：“好', '我们走吧', '标题']);
    expect(chineseSentences('一。二！三？').length).toBe(3);
    expect(averageSentenceLength('一二三。四五。')).toBe(2.5);
  });

  test('an MDX chapter reads as its Chinese: translated quotes by their translation, figures as one character', () => {
    const prose = chineseProseOfMdx('---\nslug: x\n---\n<p id="a">共<Fig id="n" />个<Q src="voa" words="lies" zh="谎言" />。</p>');
    expect(prose).toBe('共十个谎言。');
    expect(chineseReadingMinutes('字'.repeat(1200))).toBe(3);
  });
});
