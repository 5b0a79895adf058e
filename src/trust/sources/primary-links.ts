/**
 * A citation's primary link must be the original publisher's own page. A
 * mirror, repost, blog, aggregator or encyclopedia may appear only as the
 * second, labelled link. The list of such sites is content
 * (content/non-publisher-hosts.yaml); this is the rule that reads it.
 */
import { ContentError } from '../../shared/validation-error';

export interface NonPublisherHost {
  /** A host name, e.g. "ffhr.cz"; it covers its subdomains too. */
  host: string;
  /** What kind of site it is: mirror, repost, blog, encyclopedia… */
  what: string;
  why: string;
}

export interface LinkedSource {
  id: string;
  /** The primary link, or empty when the original's address is unknown. */
  url: string;
}

/** True when `host` is `listed` or one of its subdomains. */
export function hostMatches(host: string, listed: string): boolean {
  return host === listed || host.endsWith(`.${listed}`);
}

/** The listed site a primary link points to, if any. */
export function nonPublisherOf(url: string, hosts: readonly NonPublisherHost[]): NonPublisherHost | undefined {
  if (!/^https?:/.test(url)) return undefined;
  const host = new URL(url).hostname.replace(/^www\./, '');
  return hosts.find((entry) => hostMatches(host, entry.host));
}

/** Fails at the first source whose primary link is a listed site, naming the file, the id and the site. */
export function assertPrimaryLinks(sources: readonly LinkedSource[], hosts: readonly NonPublisherHost[], file: string): void {
  for (const source of sources) {
    const listed = nonPublisherOf(source.url, hosts);
    if (listed) {
      throw new ContentError(
        `${file}: the source "${source.id}" has a ${listed.what} as its primary link (${listed.host}: ${listed.why}). ` +
          `Put the original publisher's address in url (or leave url empty if it is not known) and this address in copy_url, with its copy_kind.`,
      );
    }
  }
}
