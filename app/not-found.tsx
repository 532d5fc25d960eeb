import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. If you followed a link to a question, check its house, date tabled and UIN.</p>
      <p>
        <Link href="/questions">Browse all questions</Link>
      </p>
    </>
  );
}
