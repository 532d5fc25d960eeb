/**
 * The answer's text as saved: the editor sends HTML; the no-script fallback textarea may send plain text,
 * which becomes paragraphs (blank lines) and line breaks, escaped. Either way the result is sanitised
 * against the allow-list (lib/sanitize-html.ts) and its plain text is kept for search.
 */
import { htmlToPlainText, sanitizeAnswerHtml } from '@/lib/sanitize-html';

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9:-]*(\s[^>]*)?\/?>/i;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para) => para.trim())
    .filter(Boolean)
    .map((para) => `<p>${escape(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Sanitised HTML and its plain text. */
export function prepareAnswerText(submitted: string): { html: string; plain: string } {
  const html = sanitizeAnswerHtml(LOOKS_LIKE_HTML.test(submitted) ? submitted : plainTextToHtml(submitted));
  return { html, plain: htmlToPlainText(html) };
}
