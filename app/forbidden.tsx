import Link from 'next/link';

export default function Forbidden() {
  return (
    <>
      <h1>Your account cannot do this</h1>
      <p>This needs an editor or admin account. Ask an admin if you need it.</p>
      <p>
        <Link href="/">Back to the home page</Link>
      </p>
    </>
  );
}
