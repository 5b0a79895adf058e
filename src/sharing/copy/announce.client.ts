/**
 * Browser helpers shared by the copy enhancements: put text on the clipboard,
 * and say what happened in the page's one live region (see CopyControls).
 */
const status = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-copy-status]');
let clearTimer: number | undefined;

/** Shows a short confirmation and reads it to screen-reader users. */
export function announce(message: string): void {
  const region = status();
  if (!region) return;
  region.textContent = message;
  region.classList.add('is-visible');
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => {
    region.classList.remove('is-visible');
    region.textContent = '';
  }, 3000);
}

/** The words for success or failure, kept on the live region so they come from content/ui. */
export function statusWord(which: 'copied' | 'failed'): string {
  return status()?.dataset[which] ?? '';
}

/** True when the text reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  if (!navigator.clipboard) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
