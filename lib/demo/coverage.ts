/** Demo news coverage of answered questions: fictional outlets on the reserved `.invalid` domain. */
import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import type { Random } from './random';
import { subjectInText } from './text';
import type { DemoCoverage, DemoMember } from './types';
import { FIRST_NAMES, OUTLETS, SURNAMES } from './vocabulary';
import { slugify } from './world';

export interface CoverageInput {
  seq: number;
  publishedOn: Date;
  subject: string;
  departmentShortName: string;
  asker: DemoMember;
  minister: DemoMember;
  questions: number[];
  members: number[];
  topics: number[];
}

export function coverageArticle(random: Random, c: CoverageInput): DemoCoverage {
  const outlet = random.pick(OUTLETS);
  const s = subjectInText(c.subject);
  const surname = (m: DemoMember) => m.displayName.split(' ').at(-1)!;
  const headline = random.pick([
    `Minister pressed on ${s} after written question`,
    `${c.asker.displayName} demands answers on ${s}`,
    `${surname(c.minister)} reveals new figures on ${s}`,
    `Written answer sheds light on ${s}`,
    `${c.departmentShortName} silent on key ${s} questions, says ${surname(c.asker)}`,
  ]);
  const author = `${random.pick([...FIRST_NAMES.f, ...FIRST_NAMES.m])} ${random.pick(SURNAMES)}`;
  return {
    seq: c.seq,
    outlet: outlet.name,
    headline,
    url: `https://${outlet.host}/${format(new UTCDate(c.publishedOn), 'yyyy/MM')}/${slugify(headline)}-${c.seq + 1}`,
    publishedOn: c.publishedOn,
    author,
    summary: `${c.asker.displayName} asked the ${c.departmentShortName} about ${s}; ${c.minister.displayName} answered in a written reply.`,
    questions: c.questions,
    members: c.members,
    topics: c.topics,
  };
}
