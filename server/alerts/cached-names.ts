/**
 * Name lookups for one matching run, remembered: ten thousand saved searches name the same few dozen
 * departments and topics again and again, and a database round trip for each would cost seconds.
 */
import type { NameResolver, NamedRecord } from '@/server/search/resolve-filters';

export function cachedNameResolver(inner: NameResolver): NameResolver {
  const memo = (find: (slugs: string[]) => Promise<NamedRecord[]>) => {
    const known = new Map<string, NamedRecord | null>();
    return async (slugs: string[]): Promise<NamedRecord[]> => {
      const missing = slugs.filter((s) => !known.has(s));
      if (missing.length > 0) {
        const found = await find(missing);
        for (const s of missing) known.set(s, found.find((r) => r.slug === s) ?? null);
      }
      return slugs.flatMap((s) => {
        const r = known.get(s);
        return r ? [r] : [];
      });
    };
  };
  let parties: Promise<NamedRecord[]> | null = null;
  return {
    members: memo((s) => inner.members(s)),
    departments: memo((s) => inner.departments(s)),
    topics: memo((s) => inner.topics(s)),
    parties: () => (parties ??= inner.parties()),
  };
}
