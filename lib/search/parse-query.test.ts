import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PREFIX_TERMS, MAX_QUERY_LENGTH, MAX_TERMS, parseSearchQuery, type ParsedSearch } from './parse-query';

function ok(input: string): ParsedSearch {
  const result = parseSearchQuery(input);
  if (!result.ok) throw new Error(`expected a parse of ${JSON.stringify(input)}, got: ${result.error}`);
  return result.query;
}

function error(input: string): string {
  const result = parseSearchQuery(input);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(input)}`);
  return result.error;
}

const word = (text: string, field: string | null = null) => ({ kind: 'word', text, field });

describe('parseSearchQuery: operators', () => {
  it('reads words as clauses that must all match', () => {
    expect(ok('joint production').clauses).toEqual([[word('joint')], [word('production')]]);
  });

  it('reads "exact phrase"', () => {
    expect(ok('"joint production" Europe').clauses).toEqual([[{ kind: 'phrase', text: 'joint production', field: null }], [word('Europe')]]);
  });

  it('accepts typographic quotes pasted from documents', () => {
    expect(ok('“joint production”').clauses).toEqual([[{ kind: 'phrase', text: 'joint production', field: null }]]);
  });

  it('reads OR as either term, binding tighter than the implied AND', () => {
    expect(ok('drones OR missiles procurement').clauses).toEqual([[word('drones'), word('missiles')], [word('procurement')]]);
    expect(ok('a OR b OR c').clauses).toEqual([[word('a'), word('b'), word('c')]]);
  });

  it('treats lower-case or and AND as what they are: a word, and the default', () => {
    expect(ok('war or peace').clauses).toHaveLength(3);
    expect(ok('war AND peace').clauses).toEqual([[word('war')], [word('peace')]]);
  });

  it('reads -word, -"phrase" and NOT word as exclusions', () => {
    const query = ok('defence -nuclear -"armed forces" NOT navy');
    expect(query.clauses).toEqual([[word('defence')]]);
    expect(query.excluded).toEqual([word('nuclear'), { kind: 'phrase', text: 'armed forces', field: null }, word('navy')]);
  });

  it('keeps a hyphen inside a word', () => {
    expect(ok('e-mail').clauses).toEqual([[word('e-mail')]]);
  });

  it('reads prefix* with at least three letters, and a phrase prefix', () => {
    expect(ok('procure*').clauses).toEqual([[{ kind: 'prefix', text: 'procure', field: null }]]);
    expect(ok('"joint prod"*').clauses).toEqual([[{ kind: 'prefix', text: 'joint prod', field: null }]]);
    const short = ok('de*');
    expect(short.clauses).toEqual([[word('de')]]);
    expect(short.notices.join(' ')).toMatch(/at least 3 letters/);
  });

  it('reads field words as column filters, with aliases and a phrase', () => {
    expect(ok('member:morello department:defence heading:"joint production"').clauses).toEqual([
      [word('morello', 'member')],
      [word('defence', 'department')],
      [{ kind: 'phrase', text: 'joint production', field: 'heading' }],
    ]);
    expect(ok('dept:defence title:Europe answeredby:eagle').clauses).toEqual([
      [word('defence', 'department')],
      [word('Europe', 'heading')],
      [word('eagle', 'answerer')],
    ]);
    expect(ok('Member: Morello').clauses).toEqual([[word('Morello', 'member')]]);
  });

  it('combines OR with field words and excluded field words', () => {
    const query = ok('member:morello OR member:eagle -answer:nuclear');
    expect(query.clauses).toEqual([[word('morello', 'member'), word('eagle', 'member')]]);
    expect(query.excluded).toEqual([word('nuclear', 'answer')]);
  });

  it('reads house:, status: and uin: as filters, not words', () => {
    const query = ok('house:Lords status:overdue status:holding uin:hl1234 drones');
    expect(query.houses).toEqual(['lords']);
    expect(query.statuses).toEqual(['overdue', 'holding']);
    expect(query.uins).toEqual(['HL1234']);
    expect(query.clauses).toEqual([[word('drones')]]);
  });

  it('reads -status: and -house: as everything else', () => {
    // Answered takes in corrected questions (their answer was corrected later), both ways round.
    expect(ok('-status:answered').statuses).toEqual(['awaiting', 'overdue', 'holding', 'withdrawn']);
    expect(ok('status:answered status:holding -status:holding').statuses).toEqual(['answered', 'corrected']);
    expect(ok('status:answered -status:corrected').statuses).toEqual(['answered']);
    expect(ok('-status:corrected').statuses).toEqual(['awaiting', 'overdue', 'holding', 'answered', 'withdrawn']);
    expect(ok('-house:commons').houses).toEqual(['lords']);
    expect(ok('house:commons house:lords').houses).toEqual([]);
  });

  it('treats an unknown field as an ordinary word', () => {
    expect(ok('covid:vaccines').clauses).toEqual([[word('covid:vaccines')]]);
  });
});

describe('parseSearchQuery: malformed input', () => {
  it('searches the words of an unclosed quote separately and says so', () => {
    const query = ok('"joint production');
    expect(query.clauses).toEqual([[word('joint')], [word('production')]]);
    expect(query.notices.join(' ')).toMatch(/not closed/);
  });

  it('ignores stray OR and NOT with a notice', () => {
    for (const input of ['OR defence', 'defence OR', 'defence OR OR army', 'defence NOT']) {
      const query = ok(input);
      expect(query.clauses.flat().map((t) => t.text)).toEqual(input.includes('army') ? ['defence', 'army'] : ['defence']);
      expect(query.notices.length).toBeGreaterThan(0);
    }
  });

  it('drops a * or punctuation on its own, leaving an empty search', () => {
    for (const input of ['*', '"*"', '^', '- - -', '()', '"" ""', '***']) {
      const query = ok(input);
      expect(query.clauses).toEqual([]);
      expect(query.excluded).toEqual([]);
    }
    expect(ok('*').notices.join(' ')).toMatch(/no letters or digits/);
  });

  it('reads FTS5 syntax characters and NEAR as plain words', () => {
    expect(ok('NEAR(drones missiles)').clauses).toEqual([[word('NEAR')], [word('drones')], [word('missiles')]]);
    expect(ok('^defence').clauses).toEqual([[word('defence')]]);
    expect(ok('a+b').clauses).toEqual([[word('a')], [word('b')]]);
    expect(ok('{heading}:x').clauses).toEqual([[word('heading')], [word(':x')]]);
  });

  it('replaces control characters with spaces', () => {
    expect(ok('joint\u0000production\u001b[31m\u200b').clauses.flat().map((t) => t.text)).toEqual(['joint', 'production', '31m']);
  });

  it('refuses a search of only exclusions, too long a search and too many terms', () => {
    expect(error('-nuclear')).toMatch(/at least one word/);
    expect(error('NOT nuclear -army')).toMatch(/at least one word/);
    expect(error('a'.repeat(MAX_QUERY_LENGTH + 1))).toMatch(/too long/);
    expect(error(Array.from({ length: MAX_TERMS + 1 }, (_, i) => `w${i}`).join(' '))).toMatch(/32 or fewer/);
  });

  it('caps word starts (the costliest terms): eight pass, nine are refused with the cap named', () => {
    const starts = ['pro', 'con', 'dep', 'gov', 'min', 'sec', 'sta', 'ass', 'rep'];
    expect(ok(starts.slice(0, MAX_PREFIX_TERMS).map((s) => `${s}*`).join(' OR ')).clauses[0]).toHaveLength(MAX_PREFIX_TERMS);
    expect(error(starts.map((s) => `${s}*`).join(' OR '))).toMatch(/9 word starts ending in \*\. Use 8 or fewer/);
    // Exclusions and quoted starts count too; a start too short to be one is a plain word and does not.
    expect(error(`${starts.slice(0, 8).map((s) => `${s}*`).join(' ')} -"joint prod"*`)).toMatch(/9 word starts/);
    expect(ok(`${starts.slice(0, 8).map((s) => `${s}*`).join(' ')} ab*`).clauses).toHaveLength(9);
  });

  it('explains unknown filter values', () => {
    expect(error('status:lost')).toMatch(/Unknown status “lost”/);
    expect(error('house:senate')).toMatch(/house:commons or house:lords/);
    expect(error('uin:<script>')).toMatch(/not a UIN/);
    expect(error('status:answered -status:answered')).toMatch(/exclude every status/);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 40 }), (a, b) => {
        const result = parseSearchQuery(a + b);
        if (result.ok) {
          for (const term of [...result.query.clauses.flat(), ...result.query.excluded]) {
            expect(term.text).toMatch(/[\p{L}\p{N}\p{Co}]/u);
          }
        } else {
          expect(result.error.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
