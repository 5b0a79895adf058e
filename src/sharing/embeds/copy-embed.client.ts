/**
 * Copy buttons for "Embed this chart": rendered hidden (without JavaScript the
 * code is selectable text in a read-only box) and shown only where the
 * clipboard can be used. Each button names its text box in data-copy-embed.
 */
import { announce, copyText, statusWord } from '../copy/announce.client';

const buttons = document.querySelectorAll<HTMLButtonElement>('button[data-copy-embed]');
if (navigator.clipboard) {
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const box = document.getElementById(button.dataset.copyEmbed ?? '');
      const text = box instanceof HTMLTextAreaElement ? box.value : '';
      void copyText(text).then((copied) => announce(statusWord(copied ? 'copied' : 'failed')));
    });
  }
}
