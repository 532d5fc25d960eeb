/**
 * Ministers' names as releases write them ("Rt Hon James Cartlidge MP", "The Rt Hon. the Lord Coaker",
 * "Baroness Chapman of Darlington", "Dr Jane Smith MP (Minister for X)") reduced to a form that compares
 * equal to the member's name. A peer's title (Lord, Baroness…) is part of the name and kept.
 */
const LEADING = new Set(['the', 'rt', 'hon', 'right', 'honourable', 'rh', 'dr', 'sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor']);
const TRAILING = new Set(['mp', 'msp', 'ms', 'ma', 'pc', 'kc', 'qc', 'cbe', 'obe', 'mbe', 'kbe', 'dbe', 'frs', 'phd', 'mla', 'dl', 'jp', 'vc', 'bt']);
const PEERAGE = /^(lord|baroness|lady|viscount|viscountess|earl|countess|marquess|duke|duchess) /;

/** Lower case, no accents, no punctuation, no honorifics or letters after the name. */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEADING.has(words[0]!)) words.shift();
  while (words.length > 1 && TRAILING.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** A peer's name without the territorial part ("baroness chapman of darlington" → "baroness chapman"); else null. */
export function peerShortName(normalised: string): string | null {
  if (!PEERAGE.test(normalised)) return null;
  const short = normalised.replace(/ of .*$/, '');
  return short === normalised ? null : short;
}

/**
 * The names a Minister cell may hold: the whole cell, the cell without a bracketed post, and each part
 * when a post is written beside the name ("Maria Eagle, Minister of State", "Minister for X – Jane Smith").
 */
export function nameCandidates(cell: string): string[] {
  const withoutBrackets = cell.replace(/\([^)]*\)/g, ' ');
  const parts = withoutBrackets.split(/\s*[,;:–—]\s*|\s+-\s+/);
  return [...new Set([cell, withoutBrackets, ...parts].map(normaliseName).filter(Boolean))];
}
