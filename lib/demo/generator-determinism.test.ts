import { describe, expect, it } from 'vitest';
import { fingerprint, flatten, generate, N, TODAY } from './generator-fixture';
import { generateQuestionBatches } from './questions';
import { buildWorld } from './world';

describe('determinism', () => {
  it('gives identical output for the same seed and today, whatever the batch size', () => {
    const a = generate('same');
    const b = generate('same', N, 1234);
    expect(a.batches.length).not.toBe(b.batches.length);
    expect(fingerprint(a.world, [flatten(a.batches)])).toBe(fingerprint(b.world, [flatten(b.batches)]));
    expect(fingerprint(a.world, a.batches)).toBe(fingerprint(generate('same').world, generate('same').batches));
  });

  it('gives different output for a different seed', () => {
    const a = generate('one', 200);
    const b = generate('two', 200);
    expect(fingerprint(a.world, a.batches)).not.toBe(fingerprint(b.world, b.batches));
  });

  it('keeps the same members and posts whatever the number of questions', () => {
    const small = buildWorld({ seed: 'cast', today: TODAY, questions: 100 });
    const large = buildWorld({ seed: 'cast', today: TODAY, questions: 1_000_000 });
    expect(large.members).toEqual(small.members);
    expect(large.roles).toEqual(small.roles);
  });
});

describe('streaming', () => {
  it('yields the first batch of a million-question stream at once, without generating the rest', () => {
    const big = buildWorld({ seed: 'stream', today: TODAY, questions: 1_000_000 });
    const started = performance.now();
    const first = generateQuestionBatches(big, { questions: 1_000_000, batchSize: 300 }).next();
    expect(first.done).toBe(false);
    expect(first.value!.questions.length).toBeGreaterThanOrEqual(300);
    expect(first.value!.questions.length).toBeLessThanOrEqual(302);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('produces exactly the number asked for, numbered without gaps, every reference pointing backwards or within its batch', () => {
    const { batches } = generate('count', 1001, 100);
    const seqs = batches.flatMap((b) => b.questions.map((q) => q.seq));
    expect(seqs).toEqual(Array.from({ length: 1001 }, (_, i) => i));
    batches.forEach((b) => {
      const maxSeq = Math.max(...b.questions.map((q) => q.seq));
      for (const f of b.followUps) expect(f.earlier).toBeLessThan(f.followUp);
      for (const a of b.answers) expect(a.question).toBeLessThanOrEqual(maxSeq);
    });
  });
});

