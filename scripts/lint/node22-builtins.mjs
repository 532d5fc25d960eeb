// stylelint 18 (the CSS linter `npm run lint` runs) needs Node 22's Set methods and Map.groupBy;
// Answerable supports Node 20.19+. These are the standard methods, defined only where missing, and
// only in the stylelint process (scripts/lint/stylelint.mjs imports this first).
const define = (target, name, value) => {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
};
const keysOf = (other) => {
  if (typeof other?.has !== 'function' || typeof other?.keys !== 'function') throw new TypeError('Expected a set-like object');
  return other;
};
define(Set.prototype, 'union', function union(other) {
  const result = new Set(this);
  for (const value of keysOf(other).keys()) result.add(value);
  return result;
});
define(Set.prototype, 'intersection', function intersection(other) {
  const o = keysOf(other);
  return new Set([...this].filter((value) => o.has(value)));
});
define(Set.prototype, 'difference', function difference(other) {
  const o = keysOf(other);
  return new Set([...this].filter((value) => !o.has(value)));
});
define(Set.prototype, 'symmetricDifference', function symmetricDifference(other) {
  const result = new Set(this);
  for (const value of keysOf(other).keys()) {
    if (this.has(value)) result.delete(value);
    else result.add(value);
  }
  return result;
});
define(Set.prototype, 'isSubsetOf', function isSubsetOf(other) {
  const o = keysOf(other);
  return [...this].every((value) => o.has(value));
});
define(Set.prototype, 'isSupersetOf', function isSupersetOf(other) {
  for (const value of keysOf(other).keys()) if (!this.has(value)) return false;
  return true;
});
define(Set.prototype, 'isDisjointFrom', function isDisjointFrom(other) {
  const o = keysOf(other);
  return [...this].every((value) => !o.has(value));
});
define(Map, 'groupBy', function groupBy(items, keyOf) {
  const groups = new Map();
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
});
