/**
 * npm run db:seed: loads the seed case (reported by London Pulse News), then generated demo data.
 * Idempotent: a second run leaves the database as it was.
 */
import { databasePath } from '../lib/db/database-path';
import { createPrismaClient } from '../lib/db/prisma-client';
import { loadSeedCase } from '../server/seed/seed-case';

async function main() {
  const file = databasePath();
  console.log(`Database: ${file}`);
  const prisma = createPrismaClient(file);
  try {
    const started = performance.now();
    await loadSeedCase(prisma);
    console.log(`Seed case loaded (${Math.round(performance.now() - started)} ms).`);
    const counts = await Promise.all([
      prisma.question.count(),
      prisma.answerVersion.count(),
      prisma.member.count(),
      prisma.meeting.count(),
      prisma.coverage.count(),
      prisma.topic.count(),
    ]);
    const labels = ['questions', 'answer versions', 'members', 'meetings', 'articles', 'topics'];
    console.log(labels.map((l, i) => `${counts[i]} ${l}`).join(', '));
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
