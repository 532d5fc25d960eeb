import { describe, expect, it } from 'vitest';
import { Random, WeightedPicker, zipfPicker } from './random';

describe('Random', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = new Random('s1');
    const b = new Random('s1');
    const c = new Random('s2');
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('forks independent streams: drawing from one does not change another', () => {
    const root = new Random('seed');
    const first = root.fork('members').next();
    root.fork('questions').next();
    expect(new Random('seed').fork('members').next()).toBe(first);
  });

  it('keeps int() within bounds and reaches both ends', () => {
    const r = new Random('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 7);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(7);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('is roughly uniform', () => {
    const r = new Random('uniform');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20_000; i++) buckets[Math.floor(r.next() * 10)] += 1;
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
  });
});

describe('WeightedPicker and zipfPicker', () => {
  it('picks in proportion to the weights and never picks a zero weight', () => {
    const picker = new WeightedPicker(['a', 'b', 'c'], [1, 3, 0]);
    const r = new Random('weights');
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 8000; i++) counts[picker.pick(r)]! += 1;
    expect(counts.c).toBe(0);
    expect(counts.b! / counts.a!).toBeGreaterThan(2.6);
    expect(counts.b! / counts.a!).toBeLessThan(3.4);
  });

  it('makes the first item far more frequent than the hundredth', () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    const picker = zipfPicker(items);
    const r = new Random('zipf');
    const counts = new Array(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[picker.pick(r)] += 1;
    expect(counts[0] / counts[99]).toBeGreaterThan(50);
  });

  it('refuses mismatched weights', () => {
    expect(() => new WeightedPicker(['a'], [1, 2])).toThrow();
  });
});
