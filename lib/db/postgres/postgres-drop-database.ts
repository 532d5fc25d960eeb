import type pg from 'pg';

/**
 * DROP DATABASE … WITH (FORCE), ending the sessions still on it. A role that is not a superuser may end
 * only its own sessions, and an autovacuum worker that happens to be tidying the database belongs to
 * none: PostgreSQL then refuses the whole drop (42501, "must be a member of the role whose process is
 * being terminated"), which it did in CI once statement triggers made small tables churn. The worker
 * finishes in moments; so the drop is tried again, a bounded number of times.
 */
export async function dropDatabase(client: pg.Client, name: string, { attempts = 20, delayMs = 250 } = {}): Promise<void> {
  const quoted = `"${name.replaceAll('"', '""')}"`;
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
