/**
 * Keeps the reader's place across languages: a switcher link takes the
 * current #fragment along (ids are the same in every language) when it is
 * followed, in this tab or (middle click) a new one.
 */
for (const type of ['click', 'auxclick']) {
  document.addEventListener(
    type,
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-keep-place]');
      if (link instanceof HTMLAnchorElement) link.hash = location.hash;
    },
    true,
  );
}
