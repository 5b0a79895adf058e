/** Typographic quotes on built pages. */
import { describe, expect, it } from 'vitest';
import { curlQuotes, typesetHtml } from './typography';

describe('curlQuotes', () => {
  it('turns apostrophes and quotes the way a typesetter would', () => {
    expect(curlQuotes("China's embassy")).toBe('China’s embassy');
    expect(curlQuotes("Safeguard Defenders' own count")).toBe('Safeguard Defenders’ own count');
    expect(curlQuotes("230,000 'persuaded to return' from abroad")).toBe('230,000 ‘persuaded to return’ from abroad');
    expect(curlQuotes('calls it "rife with speculation and lies".')).toBe('calls it “rife with speculation and lies”.');
    expect(curlQuotes('("a" and \'b\')')).toBe('(“a” and ‘b’)');
  });

  it('takes the direction of the first quote from the text before it', () => {
    expect(curlQuotes("'s report", 'Defenders')).toBe('’s report');
    expect(curlQuotes('"quoted"', ' ')).toBe('“quoted”');
  });
});

describe('typesetHtml', () => {
  it('curls text and reader-facing attributes, entities included, and nothing else', () => {
    const page =
      '<!doctype html><html><head><title>China&#39;s stations</title><meta name="description" content="It&#39;s &#34;here&#34;"><script>var a = "x";</script></head>' +
      '<body><p class="a" data-x="\'raw\'">Teacher&#39;s <em>guide</em>&#39;s "words"</p><a title="Don&#39;t">x</a>' +
      '<pre><code>url = {"a"}</code></pre><textarea>&lt;iframe src=&quot;/e/&quot;&gt;</textarea></body></html>';
    const out = typesetHtml(page);
    expect(out).toContain('<title>China’s stations</title>');
    expect(out).toContain('content="It’s “here”"');
    expect(out).toContain('<script>var a = "x";</script>');
    expect(out).toContain('<p class="a" data-x="\'raw\'">Teacher’s <em>guide</em>’s “words”</p>');
    expect(out).toContain('title="Don’t"');
    expect(out).toContain('<pre><code>url = {"a"}</code></pre>');
    expect(out).toContain('<textarea>&lt;iframe src=&quot;/e/&quot;&gt;</textarea>');
  });

  it('restarts the context at each block', () => {
    expect(typesetHtml('<p>He said</p><p>"Hello"</p>')).toContain('<p>“Hello”</p>');
  });

  it('returns a page without straight quotes as it was', () => {
    const page = '<!doctype html><html><head></head><body><p>Curly ’ only</p></body></html>';
    expect(typesetHtml(page)).toBe(page);
  });
});
