// A node:cluster worker for lib/http/fair-share-cluster.test.ts: fair sharing as a server process has
// it (RateLimiterCluster, asking the primary), driven by the test's messages instead of HTTP requests.
import { createFairShare, sharedLimiter, type Work } from '../lib/http/fair-share';
import { readFairSettings } from '../lib/http/fair-settings';

type Command = { id: number; op: 'admit'; work: Work; client: string } | { id: number; op: 'release'; ticket: number };

const fair = createFairShare(readFairSettings(process.env), sharedLimiter);
const held = new Map<number, () => void>();

process.on('message', (message: Command) => {
  if (message.op === 'release') {
    held.get(message.ticket)?.();
    held.delete(message.ticket);
    process.send!({ id: message.id, done: true });
    return;
  }
  void fair.admit(message.work, message.client).then((admission) => {
    if ('refused' in admission) return process.send!({ id: message.id, refused: admission.refused });
    held.set(message.id, admission.release);
    process.send!({ id: message.id, ticket: message.id });
  });
});
process.send!({ ready: true });
