/**
 * A build without a site address (SITE_URL) hands out root-relative
 * addresses: the reference in "Cite this" and the embed code name the path
 * and mark it with data-site-path. Here they are completed with the address
 * the page is served from, so what a reader copies works wherever the build
 * is hosted. A build with SITE_URL writes full addresses and marks nothing.
 */
const absolute = (path: string) => new URL(path, window.location.href).href;

for (const element of document.querySelectorAll<HTMLElement>('[data-site-path]')) {
  const path = element.dataset.sitePath ?? '';
  if (element instanceof HTMLTextAreaElement) {
    // Embed code: the path appears quoted (the iframe's src, pym's address).
    element.value = element.value.split(`"${path}"`).join(`"${absolute(path)}"`);
  } else {
    const url = absolute(path);
    element.textContent = element.dataset.siteAddress === 'bare' ? url.replace(/^https?:\/\//, '') : url;
  }
}
