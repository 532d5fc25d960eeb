import { describe, expect, it } from 'vitest';
import { normaliseArticleUrl } from './coverage-url';

// One article, many spellings of its address: all must come out the same, so a second copy is noticed.
describe('normaliseArticleUrl', () => {
  const canonical = 'https://news.example.com/2025/03/defence-story';

  it.each([
    'https://news.example.com/2025/03/defence-story',
    'https://NEWS.Example.COM/2025/03/defence-story',
    'https://news.example.com/2025/03/defence-story/',
    'https://news.example.com/2025/03/defence-story#comments',
    'https://news.example.com/2025/03/defence-story?utm_source=twitter&utm_medium=social',
    'HTTPS://news.example.com:443/2025/03/defence-story/?UTM_Campaign=x#top',
    '  https://news.example.com/2025/03/defence-story  ',
  ])('%s', (input) => {
    expect(normaliseArticleUrl(input)).toBe(canonical);
  });

  it('keeps query parameters that choose the article, in their order and escaping', () => {
    expect(normaliseArticleUrl('https://example.com/story?id=42&utm_source=x&page=2')).toBe('https://example.com/story?id=42&page=2');
    expect(normaliseArticleUrl('https://example.com/story?q=a%20b')).toBe('https://example.com/story?q=a%20b');
  });

  it('keeps the path case (paths are case-sensitive) and drops only a trailing slash', () => {
    expect(normaliseArticleUrl('https://example.com/News/Story/')).toBe('https://example.com/News/Story');
    expect(normaliseArticleUrl('https://example.com/')).toBe('https://example.com');
  });

  it('refuses what is not a web address', () => {
    expect(normaliseArticleUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseArticleUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(normaliseArticleUrl('not a url')).toBeNull();
  });
});
