import { describe, expect, it } from 'vitest';
import { orderRecords, pageOf } from './list-order';

const records = [
  { id: 1, name: 'Morello, Edward', party: 'Liberal Democrat', asked: 3, latest: new Date('2025-03-13') },
  { id: 2, name: 'Eagle, Maria', party: null, asked: 0, latest: null },
  { id: 3, name: 'healey, John', party: 'Labour', asked: 3, latest: new Date('2024-01-02') },
  { id: 4, name: 'Ámsterdam, Ann', party: 'Labour', asked: 10, latest: new Date('2025-03-14') },
  { id: 5, name: 'Ámsterdam, Ann', party: 'Labour', asked: 1, latest: null },
];
type R = (typeof records)[number];
const ids = (rows: R[]) => rows.map((r) => r.id);

describe('orderRecords', () => {
  it('orders names as a reader would: case and accents aside, ties by id', () => {
    expect(ids(orderRecords(records, (r) => r.name, 'asc'))).toEqual([4, 5, 2, 3, 1]);
    expect(ids(orderRecords(records, (r) => r.name, 'desc'))).toEqual([1, 3, 2, 4, 5]);
  });

  it('puts missing values last in both directions, ties by name', () => {
    expect(ids(orderRecords(records, (r) => r.party, 'asc'))).toEqual([4, 5, 3, 1, 2]);
    expect(ids(orderRecords(records, (r) => r.party, 'desc'))).toEqual([1, 4, 5, 3, 2]);
    expect(ids(orderRecords(records, (r) => r.latest, 'desc'))).toEqual([4, 1, 3, 5, 2]);
    expect(ids(orderRecords(records, (r) => r.latest, 'asc'))).toEqual([3, 1, 4, 5, 2]);
  });

  it('orders numbers numerically with equal counts by name A to Z whatever the direction', () => {
    expect(ids(orderRecords(records, (r) => r.asked, 'desc'))).toEqual([4, 3, 1, 5, 2]);
    expect(ids(orderRecords(records, (r) => r.asked, 'asc'))).toEqual([2, 5, 3, 1, 4]);
  });

  it('leaves its input alone', () => {
    const copy = [...records];
    orderRecords(records, (r) => r.asked, 'desc');
    expect(records).toEqual(copy);
  });
});

describe('pageOf', () => {
  it('slices 1-based pages and is empty past the end', () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual([1, 2]);
    expect(pageOf([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
    expect(pageOf([1, 2, 3, 4, 5], 4, 2)).toEqual([]);
  });
});
