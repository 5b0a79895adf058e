/**
 * The sites that may never be a source's primary link (see primary-links.ts),
 * read from content/non-publisher-hosts.yaml and checked once.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { NonPublisherHost } from './primary-links';
import { parseOrThrow } from '../../shared/validation-error';

export const NON_PUBLISHER_HOSTS_FILE = 'content/non-publisher-hosts.yaml';

const hostsSchema = z.array(
  z.strictObject({
    host: z.string().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'must be a host name such as example.org'),
    what: z.enum(['mirror', 'repost', 'blog', 'forum', 'aggregator', 'encyclopedia', 'archive']),
    why: z.string().min(10),
  }),
);

let cache: NonPublisherHost[] | undefined;

export function nonPublisherHosts(): NonPublisherHost[] {
  cache ??= parseOrThrow(hostsSchema, parse(readFileSync(NON_PUBLISHER_HOSTS_FILE, 'utf8')), { file: NON_PUBLISHER_HOSTS_FILE });
  return cache;
}
