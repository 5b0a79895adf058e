/**
 * Builds the schema.org JSON-LD that search engines and link previews read:
 * an Article for the story and each chapter, a WebPage for the other pages,
 * always with headline, dates, publisher and image.
 */
export interface PageFacts {
  /** 'article' for the story and its chapters, 'page' for the rest. */
  kind: 'article' | 'page';
  headline: string;
  description: string;
  /** Absolute canonical address of the page. */
  url: string;
  /** Absolute address of the share card. */
  image: string;
  /** YYYY-MM-DD. */
  datePublished: string;
  /** YYYY-MM-DD. */
  dateModified: string;
  /** Who wrote it (the byline). */
  author: string;
  /** Who publishes the site. */
  publisher: string;
  /** Absolute address of the site's home. */
  publisherUrl: string;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** The larger work this page belongs to (the story, for a chapter). */
  partOf?: { headline: string; url: string } | undefined;
}

export function structuredData(facts: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': facts.kind === 'article' ? 'Article' : 'WebPage',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: [facts.image],
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    inLanguage: facts.language,
    author: { '@type': 'Organization', name: facts.author, url: facts.publisherUrl },
    publisher: { '@type': 'Organization', name: facts.publisher, url: facts.publisherUrl },
    ...(facts.partOf ? { isPartOf: { '@type': 'Article', headline: facts.partOf.headline, url: facts.partOf.url } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
