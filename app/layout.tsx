import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { SignInRequired } from '@/components/auth/sign-in-required';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { mayRead } from '@/server/auth/reader-gate';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Answerable', template: '%s · Answerable' },
  description:
    'Written parliamentary questions, the ministerial answers to them, the meetings they cite and the coverage they get.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page, the 404 page too, is rendered per request so that Next can put that request's CSP
  // nonce (proxy.ts) on its scripts; a page prerendered at build time would carry none.
  await connection();
  // Sign-in-only mode: the page itself is not rendered for a signed-out reader (the proxy alone is not trusted).
  const readable = await mayRead();
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {readable ? (
            children
          ) : (
            <Suspense>
              <SignInRequired />
            </Suspense>
          )}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
