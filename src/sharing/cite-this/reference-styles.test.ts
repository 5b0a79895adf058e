import { describe, expect, it } from 'vitest';
import { apaChinese, apaSentenceCase, bibtex, citations, gbt7714, mla, plainText, quotedTitle, titleCase, type CitedWork } from './reference-styles';

const story: CitedWork = {
  title: "The long arm: what are China's police stations abroad?",
  author: 'Overseas 110 team',
  site: 'Overseas 110',
  published: '2026-11-27',
  url: 'https://news.example.org/overseas-110/',
  key: 'story',
};
const chapter: CitedWork = {
  ...story,
  title: 'What did a police video from Lishui show?',
  partOf: story.title,
  url: 'https://news.example.org/overseas-110/chapters/the-lishui-video/',
  key: 'the-lishui-video',
};

describe('citations', () => {
  for (const work of [story, chapter]) {
    it(`gives all four styles with the title and address of "${work.title}"`, () => {
      const all = citations(work);
      expect(all.map((citation) => citation.style)).toEqual(['apa', 'mla', 'chicago', 'bibtex']);
      for (const citation of all) {
        const text = plainText(citation.segments);
        expect(text.toLowerCase(), citation.style).toContain(work.title.toLowerCase());
        // MLA 9 leaves out the protocol.
        expect(text, citation.style).toContain(citation.style === 'mla' ? work.url.replace('https://', '') : work.url);
      }
    });
  }

  it('writes APA with the date in brackets and the whole work in italics', () => {
    const [apa] = citations(story);
    expect(plainText(apa?.segments ?? [])).toBe(
      "Overseas 110 team. (2026, November 27). The long arm: What are China's police stations abroad? Overseas 110. https://news.example.org/overseas-110/",
    );
    expect(apa?.segments.find((segment) => segment.italic)?.text).toBe("The long arm: What are China's police stations abroad?");
  });

  it('names the story as the container of a chapter, without a comma after a question mark', () => {
    const text = plainText(mla(chapter));
    expect(text).toBe(
      "Overseas 110 team. “What Did a Police Video from Lishui Show?” The Long Arm: What Are China's Police Stations Abroad? Overseas 110, 27 Nov. 2026, news.example.org/overseas-110/chapters/the-lishui-video/.",
    );
  });

  it('writes BibTeX with a stable key, braces round the organisation, and TeX characters escaped', () => {
    const text = plainText(bibtex({ ...story, title: '50% & more_ of #things' }));
    expect(text).toMatch(/^@misc\{overseas-110-2026-story,\n/);
    expect(text).toContain('author = {{Overseas 110 team}}');
    expect(text).toContain('title = {{50\\% \\& more\\_ of \\#things}}');
    expect(text).toContain('month = nov');
    expect(text.trim().endsWith('}')).toBe(true);
  });

  it('title-cases major words only', () => {
    expect(titleCase('How many stations are there, and where?')).toBe('How Many Stations Are There, and Where?');
    expect(titleCase('What happened after the article?')).toBe('What Happened after the Article?');
    expect(titleCase('The long arm: a look at the facts')).toBe('The Long Arm: A Look at the Facts');
    expect(apaSentenceCase('the long arm: what now?')).toBe('The long arm: What now?');
  });

  it('refuses a date it cannot read', () => {
    expect(() => citations({ ...story, published: '2026-11' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the address in a reference', () => {
  it('is one segment of every style, so a page can complete a root-relative one', () => {
    const relative = { ...story, url: '/overseas-110/' };
    for (const citation of citations(relative)) {
      const addresses = citation.segments.filter((segment) => segment.address);
      expect(addresses.map((segment) => segment.text)).toEqual(['/overseas-110/']);
    }
    const mla = citations(story).find((citation) => citation.style === 'mla');
    expect(mla?.segments.find((segment) => segment.address)).toEqual({ text: 'news.example.org/overseas-110/', address: 'bare' });
  });
});

describe('references for Chinese readers', () => {
  const chinese: CitedWork = { ...chapter, author: '海外110团队', site: '海外110', title: '从伦敦看这些服务站', partOf: '伸向海外的长臂', published: '2026-12-07', url: 'https://news.example.org/overseas-110/zh-hans/chapters/britain/' };

  it('offers GB/T 7714 on 简体 pages: an online resource [EB/OL], a chapter in its story with //', () => {
    expect(plainText(gbt7714(chinese))).toBe('海外110团队. 从伦敦看这些服务站[EB/OL]//伸向海外的长臂. 海外110, 2026-12-07. https://news.example.org/overseas-110/zh-hans/chapters/britain/.');
    expect(citations(chinese, 'zh-hans').map((citation) => citation.style)).toEqual(['gbt', 'bibtex']);
  });

  it('offers APA in Chinese on 繁體 pages', () => {
    expect(plainText(apaChinese(chinese))).toBe('海外110团队（2026年12月7日）。从伦敦看这些服务站。載於伸向海外的长臂。海外110。https://news.example.org/overseas-110/zh-hans/chapters/britain/');
    expect(citations(chinese, 'zh-hant').map((citation) => citation.style)).toEqual(['apaChinese', 'bibtex']);
  });
});

describe('quotedTitle', () => {
  it("turns a title's own double quotes, straight or curly, into single ones inside the quoted title", () => {
    expect(quotedTitle('China’s “Service Stations” Abroad')).toBe('China’s ‘Service Stations’ Abroad');
    expect(quotedTitle('Police "Service Stations" Abroad')).toBe('Police ‘Service Stations’ Abroad');
    expect(quotedTitle('No quotes here')).toBe('No quotes here');
  });

  it('is used by MLA', () => {
    const work: CitedWork = { author: 'Overseas 110', title: 'Police “Service Stations” Abroad', site: 'Overseas 110', published: '2026-12-01', url: 'https://news.example.org/', key: 'story' };
    expect(plainText(mla(work))).toContain('“Police ‘Service Stations’ Abroad.”');
  });
});
