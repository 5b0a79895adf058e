import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../shared/site-address';
import { serializeJsonLd, structuredData, type PageFacts } from './structured-data';

const facts: PageFacts = {
  kind: 'article',
  headline: 'What are the stations?',
  description: 'A chapter.',
  url: 'https://a.example/chapters/x/',
  image: 'https://a.example/cards/chapters/x.png',
  datePublished: '2026-11-27',
  dateModified: '2026-11-28',
  author: 'Team',
  publisher: 'Site',
  publisherUrl: 'https://a.example/',
  language: 'en',
  partOf: { headline: 'The story', url: 'https://a.example/' },
};

describe('structured data', () => {
  it('describes an article with headline, dates, publisher and image', () => {
    const data = structuredData(facts);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'What are the stations?',
      datePublished: '2026-11-27',
      dateModified: '2026-11-28',
      publisher: { '@type': 'Organization', name: 'Site' },
      image: ['https://a.example/cards/chapters/x.png'],
      isPartOf: { '@type': 'Article', url: 'https://a.example/' },
    });
  });

  it('names no address or image when the site has none (a build without SITE_URL)', () => {
    const data = structuredData({ ...facts, url: undefined, image: undefined, publisherUrl: undefined, partOf: { headline: 'The story' } });
    expect(JSON.stringify(data).replace('"https://schema.org"', '')).not.toMatch(/https?:|"url"|"image"|mainEntityOfPage/);
    expect(data).toMatchObject({ headline: 'What are the stations?', isPartOf: { headline: 'The story' } });
  });

  it('describes other pages as web pages, without isPartOf', () => {
    const data = structuredData({ ...facts, kind: 'page', partOf: undefined });
    expect(data['@type']).toBe('WebPage');
    expect(data).not.toHaveProperty('isPartOf');
  });

  it('serialises so that no text can close the script element', () => {
    const json = serializeJsonLd(structuredData({ ...facts, headline: 'A </script><b>headline' }));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('A </script><b>headline');
  });

  it('builds absolute addresses under a base path', () => {
    expect(absoluteUrl('cards/story.png', 'https://news.example.org', '/overseas-110/')).toBe('https://news.example.org/overseas-110/cards/story.png');
    expect(absoluteUrl('', 'https://news.example.org/', '/')).toBe('https://news.example.org/');
    expect(absoluteUrl('/glossary/', 'https://news.example.org', '/sub')).toBe('https://news.example.org/sub/glossary/');
  });
});
