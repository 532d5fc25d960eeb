import Link from 'next/link';

/**
 * Previous/next links for a server-rendered list, with where you are in words. Plain links, so they
 * work without JavaScript and can be bookmarked.
 */
export function Pager({ page, pageSize, total, hrefFor, label }: { page: number; pageSize: number; total: number; hrefFor: (page: number) => string; label: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__where">
        {first.toLocaleString('en-GB')}–{last.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} (page {page} of {pages})
      </p>
      <ul className="pager__links">
        <li>{page > 1 ? <Link href={hrefFor(page - 1)}>Previous page</Link> : <span aria-disabled="true" className="muted">Previous page</span>}</li>
        <li>{page < pages ? <Link href={hrefFor(page + 1)}>Next page</Link> : <span aria-disabled="true" className="muted">Next page</span>}</li>
      </ul>
    </nav>
  );
}
