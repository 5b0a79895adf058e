/**
 * Reader-facing interface words (buttons, labels, navigation). They live in
 * content/ui/<lang>.json so the Chinese editions translate words, not code.
 */
import en from '../../content/ui/en.json';

export type UiStrings = typeof en;

export const ui: UiStrings = en;
