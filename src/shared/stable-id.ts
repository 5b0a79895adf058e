/**
 * The shape of every id the content gives a thing (chapter slugs, section,
 * step and figure ids, dataset and glossary ids): lower-case words joined by
 * hyphens, safe in URLs and the same in every language edition.
 */
import { z } from 'zod';

export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "who-runs-them"');
