import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { RateLimiterClusterMaster } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The limits are one limit across the server's processes: two real node:cluster workers, each with its
 * own RateLimiterCluster, counting in this process's RateLimiterClusterMaster, as scripts/serve.ts's
 * worker processes count in its primary.
 */
let workers: Worker[] = [];
let nextId = 1;

type Reply = { id?: number; ticket?: number; refused?: { scope: string; limit: number } };

function ask(worker: Worker, command: object): Promise<Reply> {
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (message: Reply) => {
      if (message.id !== id) return;
      worker.off('message', onMessage);
      resolve(message);
    };
    worker.on('message', onMessage);
    worker.send({ id, ...command });
  });
}
const admit = (worker: Worker, work: string, client: string) => ask(worker, { op: 'admit', work, client });
const release = (worker: Worker, ticket: number) => ask(worker, { op: 'release', ticket });

beforeAll(async () => {
  new RateLimiterClusterMaster();
  cluster.setupPrimary({ exec: path.resolve(import.meta.dirname, '../../test/fair-share-worker.ts'), execArgv: ['--import', 'tsx'] });
  const env = { FAIR_SEARCHES_PER_CLIENT: '1', FAIR_EXPORTS_PER_CLIENT: '1', FAIR_EXPORTS_SITE: '1' };
  workers = [cluster.fork(env), cluster.fork(env)];
  await Promise.all(workers.map((worker) => new Promise<void>((resolve) => worker.once('message', () => resolve()))));
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => new Promise((resolve) => (worker.once('exit', resolve), worker.kill()))));
});

describe('fair sharing across processes', () => {
  it("counts a client's searches in every process together", async () => {
    const [one, two] = workers as [Worker, Worker];
    const first = await admit(one, 'search', '192.0.2.1');
    expect(first.ticket).toBeDefined();
    expect((await admit(two, 'search', '192.0.2.1')).refused).toMatchObject({ scope: 'client', limit: 1 });
    expect((await admit(two, 'search', '192.0.2.2')).ticket).toBeDefined();
    await release(one, first.ticket!);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the release's reward reaches the primary
    expect((await admit(two, 'search', '192.0.2.1')).ticket).toBeDefined();
  });

  it('caps exports across the site whichever process each lands on', async () => {
    const [one, two] = workers as [Worker, Worker];
    const running = await admit(one, 'export', '192.0.2.10');
    expect(running.ticket).toBeDefined();
    expect((await admit(two, 'export', '192.0.2.11')).refused).toMatchObject({ scope: 'site', limit: 1 });
    await release(one, running.ticket!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await admit(two, 'export', '192.0.2.11')).ticket).toBeDefined();
    // The refused client's own count was given back too: once the site has room, it is not refused as itself.
    expect((await admit(one, 'export', '192.0.2.12')).refused).toMatchObject({ scope: 'site' });
  });
});
