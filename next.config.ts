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
  experimental: { authInterrupts: true },
};

export default nextConfig;
