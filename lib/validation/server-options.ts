import { availableParallelism } from 'node:os';
import { z } from './zod';

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

/**
 * How the production server (scripts/serve.ts) runs: command-line flags win over the environment
 * (PORT, HOST, WEB_CONCURRENCY, PAGE_CACHE_MB, PAGE_CACHE_STALE_S), then the defaults. Server processes default to one
 * per CPU core: a Next server renders one page at a time per process.
 */
export const serverOptionsSchema = z.object({
  port: whole('The port', 1, 65535).default(3000),
  host: z.string().trim().min(1, 'The host must not be empty').default('0.0.0.0'),
  workers: whole('The number of server processes', 1, 64).default(() => availableParallelism()),
  cacheMb: whole('The page cache size (MB per process)', 0, 65536).default(128),
  /** Seconds an out-of-date cached page may still be served while a fresh one renders (lib/http/page-cache.ts). */
  cacheStaleS: whole('The page cache stale time (seconds)', 0, 3600).default(10),
});

export type ServerOptions = z.infer<typeof serverOptionsSchema>;

/** Flags and environment to options, or a readable message listing what is wrong. */
export function parseServerOptions(
  flags: { port?: string; host?: string; workers?: string; 'cache-mb'?: string; 'cache-stale-s'?: string },
  env: Record<string, string | undefined>,
): { ok: true; options: ServerOptions } | { ok: false; message: string } {
  const pick = (flag: string | undefined, variable: string | undefined) => {
    const value = flag ?? variable;
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const parsed = serverOptionsSchema.safeParse({
    port: pick(flags.port, env.PORT),
    host: pick(flags.host, env.HOST),
    workers: pick(flags.workers, env.WEB_CONCURRENCY),
    cacheMb: pick(flags['cache-mb'], env.PAGE_CACHE_MB),
    cacheStaleS: pick(flags['cache-stale-s'], env.PAGE_CACHE_STALE_S),
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') };
}
