/**
 * Builds the schema.org JSON-LD that search engines and link previews read:
 * an Article for the story and each chapter, a WebPage for the other pages,
 * always with headline, dates and publisher; with the page's address and
 * image only when the build knows the site's address (SITE_URL).
 */
export interface PageFacts {
  /** 'article' for the story and its chapters, 'page' for the rest. */
  kind: 'article' | 'page';
  headline: string;
  description: string;
  /** Absolute canonical address of the page, when the site's address is known. */
  url?: string | undefined;
  /** Absolute address of the share card, when the site's address is known. */
  image?: string | undefined;
  /** YYYY-MM-DD. */
  datePublished: string;
  /** YYYY-MM-DD. */
  dateModified: string;
  /** Who wrote it (the byline). */
  author: string;
  /** Who publishes the site. */
  publisher: string;
  /** Absolute address of the site's home, when known. */
  publisherUrl?: string | undefined;
  /** BCP 47 language tag, e.g. "en". */
  language: string;
  /** The larger work this page belongs to (the story, for a chapter). */
  partOf?: { headline: string; url?: string | undefined } | undefined;
}

/** The object without its undefined fields (JSON would drop them; tests and readers see the same). */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export function structuredData(facts: PageFacts): Record<string, unknown> {
  return defined({
    '@context': 'https://schema.org',
    '@type': facts.kind === 'article' ? 'Article' : 'WebPage',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: facts.image ? [facts.image] : undefined,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified,
    inLanguage: facts.language,
    author: defined({ '@type': 'Organization', name: facts.author, url: facts.publisherUrl }),
    publisher: defined({ '@type': 'Organization', name: facts.publisher, url: facts.publisherUrl }),
    isPartOf: facts.partOf ? defined({ '@type': 'Article', headline: facts.partOf.headline, url: facts.partOf.url }) : undefined,
  });
}

/** JSON for a <script type="application/ld+json">: "<" is escaped so no text can close the element early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
