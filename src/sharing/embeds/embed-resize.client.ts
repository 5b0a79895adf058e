/**
 * On an embed page: speaks pym.js, the resizing protocol newsroom pages use,
 * so a host page that runs pym.js sizes the iframe to the content. Polling
 * catches any change of height (a font loaded, a resize); opening or
 * closing a <details> and choosing another state's tab answer at once. Bundled from node_modules,
 * never loaded from another host.
 */
import pym from 'pym.js';

const child = new pym.Child({ polling: 500 });
document.addEventListener('toggle', () => child.sendHeight(), true);
// Each state's picture has its own height: a new tab answers at once too.
document.addEventListener('change', () => child.sendHeight());
