/**
 * Copy buttons for "Cite this": they are rendered hidden (without JavaScript
 * the citations are plain selectable text) and shown only where the clipboard
 * can be used.
 */
import { announce, copyText, statusWord } from '../copy/announce.client';

const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-citation]');
if (navigator.clipboard) {
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const text = button.closest('dd')?.querySelector('[data-citation-text]')?.textContent ?? '';
      void copyText(text).then((copied) => announce(statusWord(copied ? 'copied' : 'failed')));
    });
  }
}
