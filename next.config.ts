import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3'],
  poweredByHeader: false,
  // The production server (scripts/serve.ts, lib/http/compress.ts) compresses instead: pages at the
  // usual level, large exports at the fastest, which Next's single setting cannot do.
  compress: false,
  typedRoutes: false,
  // unauthorized() and forbidden() answer 401 and 403 from pages, Server Actions and route handlers
  // (server/auth/session.ts); the staff write path relies on them.
  // serverActions.bodySizeLimit: the meetings import's confirmation sends the previewed file back as base64
  // (lib/validation/meetings-import-form.ts accepts files up to 1 MB: 1.34 MB encoded, plus the form), so
  // the default 1 MB would refuse a file the form accepts, before our own clear message could.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '2mb' } },
};

export default nextConfig;
