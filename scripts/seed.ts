/**
 * npm run db:seed [-- --questions 400 --seed answerable-demo]
 * Loads the seed case (reported by London Pulse News), then generated demo data (source DEMO), and
 * prints what the database holds. Running it again changes nothing (see server/seed/seed-database.ts).
 */
import { parseArgs } from 'node:util';
import { databaseDialect } from '../lib/db/dialect';
import { DEFAULT_DEMO_QUESTIONS, seedDatabase } from '../server/seed/seed-database';

async function main() {
  const { values } = parseArgs({ options: { questions: { type: 'string' }, seed: { type: 'string' } } });
  const questions = values.questions === undefined ? DEFAULT_DEMO_QUESTIONS : Number(values.questions);
  if (!Number.isInteger(questions) || questions < 0) throw new Error('--questions must be a whole number of questions, e.g. --questions 400');
  const database = databaseDialect();
  console.log(`Database: ${database.target.dialect === 'sqlite' ? database.target.file : database.target.url.replace(/:[^:@/]*@/, ':***@')} (${database.name})`);
  const prisma = database.createPrismaClient();
  try {
    const started = performance.now();
    const result = await seedDatabase(prisma, { questions, seed: values.seed });
    console.log('Seed case (London Pulse News) loaded.');
    if (result.replacedDemoQuestions) console.log(`Replaced ${result.replacedDemoQuestions} demo questions.`);
    console.log(
      result.demo
        ? `Demo data generated: ${result.demo.questions} questions, ${result.demo.answers} answer versions, ${result.demo.meetings} meetings, ` +
            `${result.demo.followUps} follow-up links, ${result.demo.coverage} articles.`
        : `Demo data already loaded (${questions} questions): left as it is.`,
    );
    console.log(`Done in ${Math.round(performance.now() - started)} ms.`);

    const [q, a, m, d, mt, c, t, states] = await Promise.all([
      prisma.question.count(),
      prisma.answerVersion.count(),
      prisma.member.count(),
      prisma.department.count(),
      prisma.meeting.count(),
      prisma.coverage.count(),
      prisma.topic.count(),
      prisma.question.groupBy({ by: ['state'], _count: true, orderBy: { state: 'asc' } }),
    ]);
    console.log(`Database holds ${q} questions, ${a} answer versions, ${m} members, ${d} departments, ${mt} meetings, ${c} articles, ${t} topics.`);
    console.log(`By state: ${states.map((s) => `${s.state.toLowerCase()} ${s._count}`).join(', ')}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
