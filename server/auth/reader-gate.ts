import 'server-only';
import { unauthorized } from 'next/navigation';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { getCurrentUser } from './session';

const signInRequired = readAuthSettings().signInRequired;

/** Whether the current request may read the site: always, unless sign-in is required and nobody is signed in. */
export async function mayRead(): Promise<boolean> {
  return !signInRequired || (await getCurrentUser()) !== null;
}

/** For route handlers (exports, /api/suggest): 401 for a signed-out reader in sign-in-only mode. */
export async function requireReader(): Promise<void> {
  if (!(await mayRead())) unauthorized();
}
