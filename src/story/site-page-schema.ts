/**
 * Front matter of the site's other pages (content/pages/*.mdx: method,
 * sources, data). The file name is the page's id.
 */
import { z } from 'zod';

export const pageSchema = z.strictObject({
  /** The page's h1 and <title>. */
  title: z.string().min(3),
  /** One sentence for search engines and share cards. */
  description: z.string().min(20).max(240),
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
