import { signOut } from '@/server/actions/auth';

/** Signing out is a POST (a form), so a link or an image elsewhere cannot sign anyone out. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOut} className={className}>
      <button type="submit" className="secondary">
        Sign out
      </button>
    </form>
  );
}
