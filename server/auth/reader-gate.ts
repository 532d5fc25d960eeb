import 'server-only';
import { unauthorized } from 'next/navigation';
import { readAuthSettings } from '@/lib/auth/auth-settings';
import { getCurrentUser } from './session';

const signInRequired = readAuthSettings().signInRequired;

/** Whether the current request may read the site: always, unless sign-in is required and nobody is signed in. */
export async function mayRead(): Promise<boolean> {
  return !signInRequired || (await getCurrentUser()) !== null;
}

/**
 * Every public page (and its generateMetadata) and route handler calls this first: 401 for a signed-out
 * reader in sign-in-only mode. The root layout's own check is not enough on its own: Next renders a page
 * alongside its layout and streams the page's data even when the layout leaves it out.
 */
export async function requireReader(): Promise<void> {
  if (!(await mayRead())) unauthorized();
}
