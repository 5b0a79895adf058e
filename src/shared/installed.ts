/**
 * Files of installed packages (fonts, map data, package manifests), found as
 * Node finds them from the project's package.json. Build-time only. Resolved
 * from the project root, not from this file: the build bundles its code
 * elsewhere, where node_modules is out of reach.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The path of a package file: ("world-atlas/land-50m.json") → ".../node_modules/world-atlas/land-50m.json". */
export function installedPath(specifier: string, root: string = process.cwd()): string {
  return createRequire(join(root, 'package.json')).resolve(specifier);
}

/** Reads a file of an installed package. */
export function readInstalled(specifier: string, root: string = process.cwd()): Buffer {
  return readFileSync(installedPath(specifier, root));
}

/** Whether a package (or one of its files) is installed. */
export function isInstalled(specifier: string, root: string = process.cwd()): boolean {
  try {
    installedPath(specifier, root);
    return true;
  } catch {
    return false;
  }
}
