import type { ReactNode } from 'react';
import { canEdit } from '@/server/auth/session';

/**
 * Renders its children only for signed-in editors and admins: link and unlink controls placed beside what
 * they change, which readers (and the page cache, which only stores readers' pages) never see.
 */
export async function EditorOnly({ children }: { children: ReactNode }) {
  return (await canEdit()) ? <>{children}</> : null;
}
