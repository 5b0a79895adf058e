/**
 * Fills {placeholders} in reader-facing text from content files with values
 * computed from the data, so a sentence such as "{unlocated} could not be
 * located" can never disagree with the rows. An unknown placeholder is a
 * content error naming the file and the key.
 */
import { ContentError } from './validation-error.ts';

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

export function fillTemplate(text: string, values: Readonly<Record<string, string | number>>, where: string): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      const known = Object.keys(values).sort().join(', ') || '(none)';
      throw new ContentError(`${where}: unknown placeholder {${name}}. Known here: ${known}.`);
    }
    return String(value);
  });
}

/** Names of the placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}
