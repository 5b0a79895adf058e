/**
 * Astro integration that writes the serif's "core" font file (see
 * src/fonts/serif-core.ts) before anything reads the stylesheets: fonts.css and
 * BaseLayout point at it. It is cut from @fontsource's Latin file with
 * HarfBuzz's subsetter (npm subset-font), so it is made from an npm package on
 * every machine and never fetched. The file is not committed; a stamp beside
 * it names the inputs (source file, characters, options, subsetter version),
 * and it is made again only when they change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont, { type SubsetOptions } from 'subset-font';
import { readInstalled } from '../shared/installed.ts';
import { SERIF_CORE_CHARACTERS, SERIF_CORE_FILE, SERIF_CORE_WEIGHTS } from './serif-core.ts';

const SOURCE = '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2';

/** The full Latin file the core is cut from, read from node_modules. */
export function serifLatinSource(root: string): Buffer {
  return readInstalled(SOURCE, root);
}

/** The subsetter's version: a new HarfBuzz may cut a different file from the same inputs. */
function subsetterVersion(root: string): string {
  return JSON.parse(readInstalled('subset-font/package.json', root).toString('utf8')).version;
}

/** The name record of the licence's address (OpenType name ID 14): the subsetter drops it unless asked. */
const LICENSE_URL_NAME_ID = 14;

/** How the core is cut: the kept weights, and the copyright and licence address kept (SIL OFL). */
const CUT_OPTIONS: SubsetOptions = {
  targetFormat: 'woff2',
  variationAxes: { wght: { ...SERIF_CORE_WEIGHTS } },
  preserveNameIds: [LICENSE_URL_NAME_ID],
};

/** The core file's bytes, cut from the full Latin file. */
export function cutSerifCore(source: Buffer): Promise<Buffer> {
  return subsetFont(source, SERIF_CORE_CHARACTERS, CUT_OPTIONS);
}

/** Writes the core file under `root` unless it is there and made from the same inputs. Returns whether it wrote. */
export async function writeSerifCore(root: string): Promise<boolean> {
  const source = serifLatinSource(root);
  const stamp = createHash('sha256').update(source).update(SERIF_CORE_CHARACTERS).update(JSON.stringify(CUT_OPTIONS)).update(subsetterVersion(root)).digest('hex');
  const file = join(root, SERIF_CORE_FILE);
  const stampFile = `${file}.stamp`;
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await cutSerifCore(source));
  writeFileSync(stampFile, stamp);
  return true;
}

export function serifCoreFont(): AstroIntegration {
  return {
    name: 'overseas-110:serif-core-font',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        if (await writeSerifCore(fileURLToPath(config.root))) logger.info(`${SERIF_CORE_FILE} written`);
      },
    },
  };
}
