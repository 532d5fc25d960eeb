/**
 * How answer versions relate: a holding answer promises a reply; the first substantive answer gives it;
 * each later substantive answer or correction replaces the last substantive text before it.
 */
export interface VersionLike {
  kind: 'HOLDING' | 'SUBSTANTIVE' | 'CORRECTION';
}

/**
 * Each version (in the order given) with the version it replaces: the last non-holding version before
 * it. Holding answers and the first substantive answer replace nothing.
 */
export function withReplacedVersion<T extends VersionLike>(versions: T[]): { version: T; replaces: T | undefined }[] {
  let last: T | undefined;
  return versions.map((version) => {
    if (version.kind === 'HOLDING') return { version, replaces: undefined };
    const replaces = last;
    last = version;
    return { version, replaces };
  });
}
