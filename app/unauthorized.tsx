import Link from 'next/link';

export default function Unauthorized() {
  return (
    <>
      <h1>Sign in to continue</h1>
      <p>This page or action is for signed-in staff.</p>
      <p>
        <Link href="/login">Sign in</Link>
      </p>
    </>
  );
}
