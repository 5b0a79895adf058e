/**
 * Copy-link enhancement for every `a[data-copy-link]` (heading anchors and any
 * other "link to here" control): a click still follows the link, so the
 * address bar shows the section's address and the page scrolls to it, and the
 * full address is also copied, with a confirmation. Without JavaScript the
 * link simply works as a link.
 */
import { announce, copyText, statusWord } from './announce.client';

document.addEventListener('click', (event) => {
  // Leave new-tab and new-window clicks to the browser.
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = event.target;
  if (!(target instanceof Element)) return;
  const link = target.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  void copyText(link.href).then((copied) => announce(statusWord(copied ? 'copied' : 'failed')));
});
