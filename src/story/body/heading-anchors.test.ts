/** Section links on a chapter's headings. */
import { describe, expect, it } from 'vitest';
import { addHeadingAnchors } from './heading-anchors';

const options = { demote: true, label: 'Link to this section:' };

describe('addHeadingAnchors', () => {
  it('adds a named "#" link to each section heading and moves it one level down in the story', () => {
    expect(addHeadingAnchors('<h2 id="a">What is it?</h2>', options)).toBe(
      '<h3 id="a">What is it? <a class="heading-anchor" href="#a" aria-label="Link to this section: What is it?" data-copy-link>#</a></h3>',
    );
  });
});
