/**
 * Cleans HTML pasted into the answer editor from a Word document (or Outlook) before the editor parses it:
 * Word's list paragraphs (`mso-list`) become real <ul>/<ol>, its markers, conditional comments, <o:p>,
 * styles, classes and empty spacer paragraphs go. HTML from Parliament's written-answers site is already
 * clean and passes through unchanged in structure. Runs in the browser (DOMParser); tests pass linkedom's.
 * The server sanitises whatever arrives anyway (lib/sanitize-html.ts): this is about keeping structure.
 */
interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): Document;
}

const KEEP_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start', 'scope']);
const DROP_ELEMENTS = new Set(['style', 'script', 'meta', 'link', 'title', 'xml', 'o:p', 'template']);
const BULLET = /^[\s\u00a0]*([·•▪◦o§\-–*]|\u00b7)[\s\u00a0]+/;
const NUMBER = /^[\s\u00a0]*\(?([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,5})[.)][\s\u00a0]+/i;

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

function isWordDocument(html: string): boolean {
  return /mso-|class="?Mso|urn:schemas-microsoft-com|<o:p/i.test(html);
}

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Word's list marker ("·   ", "1.  ") is between conditional comments or in a `mso-list:Ignore` span. */
function removeListMarker(p: Element): string {
  let marker = '';
  // Between <!--[if !supportLists]--> and <!--[endif]--> (browsers keep these as comments).
  const nodes = Array.from(p.childNodes);
  const start = nodes.findIndex((n) => n.nodeType === COMMENT && /if !supportLists/i.test((n as Comment).data));
  if (start >= 0) {
    for (let i = start + 1; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.nodeType === COMMENT && /endif/i.test((node as Comment).data)) {
        node.remove();
        break;
      }
      marker += node.textContent ?? '';
      node.remove();
    }
    nodes[start]!.remove();
    return marker;
  }
  const ignored = Array.from(p.querySelectorAll('[style]')).find((el) => /mso-list:\s*ignore/i.test(el.getAttribute('style') ?? ''));
  if (ignored) {
    marker = ignored.textContent ?? '';
    // The marker span is often wrapped in a font span holding nothing else.
    const wrapper = ignored.parentElement;
    ignored.remove();
    if (wrapper && wrapper !== p && !(wrapper.textContent ?? '').trim()) wrapper.remove();
    return marker;
  }
  // Last resort: a leading bullet or number in the text itself.
  const first = firstText(p);
  if (first) {
    const match = BULLET.exec(first.data) ?? NUMBER.exec(first.data);
    if (match) {
      marker = match[0];
      first.data = first.data.slice(match[0].length);
    }
  }
  return marker;
}

function firstText(node: Node): Text | null {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === TEXT) {
      if ((child as Text).data.replace(/[\s\u00a0]/g, '')) return child as Text;
    } else if (child.nodeType === ELEMENT) {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return null;
}

function listLevel(p: Element): number | null {
  const match = /mso-list:\s*l\d+\s+level(\d+)/i.exec(p.getAttribute('style') ?? '');
  return match ? Number(match[1]) : null;
}

/** Word's list id ("l0", "l1"): a new id starts a new list even with no paragraph between. */
function listId(p: Element): string | null {
  return /mso-list:\s*(l\d+)/i.exec(p.getAttribute('style') ?? '')?.[1] ?? null;
}

/** Consecutive `mso-list` paragraphs become one list, nested by Word's level numbers. */
function convertWordLists(doc: Document) {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter((p) => listLevel(p) !== null);
  const done = new Set<Element>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: Element[] = [first];
    let next = first.nextElementSibling;
    while (next && next.tagName.toLowerCase() === 'p' && listLevel(next) !== null && listId(next) === listId(first)) {
      run.push(next);
      next = next.nextElementSibling;
    }
    const stack: { level: number; list: Element; lastItem: Element | null }[] = [];
    let root: Element | null = null;
    for (const p of run) {
      done.add(p);
      const level = listLevel(p)!;
      const marker = removeListMarker(p).replace(/[\s\u00a0]+/g, ' ').trim();
      const ordered = !BULLET.test(`${marker} `) && NUMBER.test(`${marker} `);
      while (stack.length && stack.at(-1)!.level > level) stack.pop();
      if (!stack.length || stack.at(-1)!.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const parent = stack.at(-1)?.lastItem;
        if (parent) parent.appendChild(list);
        else root ??= list;
        stack.push({ level, list, lastItem: null });
      }
      const item = doc.createElement('li');
      item.append(...Array.from(p.childNodes));
      const top = stack.at(-1)!;
      top.list.appendChild(item);
      top.lastItem = item;
    }
    first.replaceWith(root!);
    for (const p of run.slice(1)) p.remove();
  }
}

function cleanTree(node: Node) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === COMMENT) {
      child.remove();
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (DROP_ELEMENTS.has(tag) || /^(v|w|m):/.test(tag)) {
      el.remove();
      continue;
    }
    cleanTree(el);
    // Smart tags (<st1:place>London</st1:place>) and Word's font spans keep only their text.
    if (tag.includes(':') || tag === 'font' || (tag === 'span' && !el.attributes.length)) {
      unwrap(el);
      continue;
    }
    for (const attr of Array.from(el.attributes)) if (!KEEP_ATTRIBUTES.has(attr.name.toLowerCase())) el.removeAttribute(attr.name);
    if (tag === 'span') unwrap(el);
  }
}

/** Word leaves spacer paragraphs (`<p class=MsoNormal>&nbsp;</p>`) between the real ones. */
function removeEmptyParagraphs(doc: Document) {
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (!(p.textContent ?? '').replace(/[\s\u00a0]/g, '') && !p.querySelector('img,br,table')) p.remove();
  }
}

export function cleanPastedHtml(html: string, parser: HtmlParser): string {
  if (!isWordDocument(html)) return html;
  // A fragment (Outlook, some browsers) is given a body, so every parser puts it in the same place.
  const doc = parser.parseFromString(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`, 'text/html');
  convertWordLists(doc);
  cleanTree(doc.body);
  removeEmptyParagraphs(doc);
  return doc.body.innerHTML;
}
