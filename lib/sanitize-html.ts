/**
 * Answer HTML from Parliament (and from staff) is stored sanitised: only the structure answers use
 * (paragraphs, headings, lists, tables, links, emphasis, sup/sub) survives; scripts, event handlers,
 * styles and javascript: URLs do not. `htmlToPlainText` gives the same text for search and snippets.
 */
import sanitize from 'sanitize-html';
import { Parser } from 'htmlparser2';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'div', 'span', 'blockquote',
  'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 'sup', 'sub', 'abbr',
  'ul', 'ol', 'li',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a',
];

const OPTIONS: sanitize.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    abbr: ['title'],
    ol: ['start', 'type'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    col: ['span'],
    colgroup: ['span'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Dropped with their content: their text is code or styling, never part of the answer.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object'],
  transformTags: {
    // The answer sits under the page's own h1/h2, so its headings start at h3 to keep the outline valid.
    h1: 'h3',
    h2: 'h3',
    // Links leave the site: never hand the opener or the referring page to the target.
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
};

/** Sanitised answer HTML, safe to render with dangerouslySetInnerHTML. */
export function sanitizeAnswerHtml(html: string): string {
  return sanitize(html, OPTIONS).trim();
}

// Elements that end a line of text; cells are separated by a space so words never run together.
const BLOCK_TAGS = new Set([
  'p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'br', 'hr', 'pre', 'section', 'article',
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Plain text of (sanitised) HTML with entities decoded: one line per block (paragraph, heading, list
 * item, table row), cells separated by a space, runs of whitespace collapsed.
 */
export function htmlToPlainText(html: string): string {
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping += 1;
        else if (BLOCK_TAGS.has(name)) out += '\n';
        else if (CELL_TAGS.has(name)) out += ' ';
      },
      ontext(text) {
        // Newlines in the source are just whitespace; only elements start a new line.
        if (skipping === 0) out += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name)) out += '\n';
        else if (CELL_TAGS.has(name)) out += ' ';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
