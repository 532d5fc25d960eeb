/** Shared by the demo generator's tests: a generated world and its batches for a seed. */
import { createHash } from 'node:crypto';
import { generateQuestionBatches } from './questions';
import type { DemoBatch } from './types';
import { buildWorld, type DemoWorld } from './world';

export const TODAY = new Date('2026-11-25T00:00:00Z');
export const N = 3000;

export function generate(seed: string, questions = N, batchSize = 500) {
  const world = buildWorld({ seed, today: TODAY, questions });
  return { world, batches: [...generateQuestionBatches(world, { questions, batchSize })] };
}
export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
export const flatten = (batches: DemoBatch[]): DemoBatch => ({
  questions: batches.flatMap((b) => b.questions),
  answers: batches.flatMap((b) => b.answers),
  answerMeetings: batches.flatMap((b) => b.answerMeetings),
  questionTopics: batches.flatMap((b) => b.questionTopics),
  followUps: batches.flatMap((b) => b.followUps),
  groupLinks: batches.flatMap((b) => b.groupLinks),
  coverage: batches.flatMap((b) => b.coverage),
});
export const fingerprint = (world: DemoWorld, batches: DemoBatch[]) =>
  createHash('sha256').update(JSON.stringify({ members: world.members, roles: world.roles, meetings: world.meetings, batches })).digest('hex');
