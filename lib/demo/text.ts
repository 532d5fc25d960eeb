/**
 * Demo wording: headings, question text and answers in the style of written questions, built from
 * Zipf-sampled vocabulary. Answers are built as blocks and rendered to HTML and plain text together
 * (the plain text equals `htmlToPlainText(html)`), so a million answers need no HTML parsing.
 */
import { formatDate } from '../dates';
import { Random, zipfPicker } from './random';
import type { DemoMeeting, DemoMember } from './types';
import { ADJECTIVES, ASPECTS, COUNT_NOUNS, PLACES, WORDS } from './vocabulary';

const words = zipfPicker(WORDS, 1.3);
const aspects = zipfPicker(ASPECTS, 1);
const places = zipfPicker(PLACES, 1.05);
const adjectives = zipfPicker(ADJECTIVES, 1);
const countNouns = zipfPicker(COUNT_NOUNS, 1);

/** "funding", "rural funding" or "funding and skills". */
function phrase(random: Random): string {
  const roll = random.next();
  if (roll < 0.4) return pickWord(random);
  if (roll < 0.7) return `${adjectives.pick(random)} ${pickWord(random)}`;
  return `${pickWord(random)} and ${pickWord(random)}`;
}

// Subjects that keep their capitals in running text ("on NHS", "in Ukraine").
const PROPER = /^(?:NHS|BBC|VAT|NATO|Ukraine|Gaza|Sudan|Royal Air Force|Border Force|Army|Wales|Scotland|Northern Ireland|North East)$/;
/** How a heading subject reads inside a sentence: "special educational needs", but "NHS". */
export const subjectInText = (subject: string) => (PROPER.test(subject) ? subject : subject.toLowerCase());

export const pickWord = (random: Random) => words.pick(random);
export const pickAspect = (random: Random) => aspects.pick(random);
export const pickPlace = (random: Random) => places.pick(random);

/** "Schools: Finance" or "Schools". */
export function questionHeading(subject: string, aspect: string | null): string {
  return aspect ? `${subject}: ${aspect}` : subject;
}

interface Voice {
  he: string;
  has: string;
  is: string;
  his: string;
}
const COMMONS_VOICE = (pronoun: 'he' | 'she'): Voice => ({ he: pronoun, has: 'has', is: 'is', his: pronoun === 'he' ? 'his' : 'her' });
const LORDS_VOICE: Voice = { he: 'they', has: 'have', is: 'are', his: 'their' };
const NEUTRAL_VOICE = LORDS_VOICE;

const STAKEHOLDERS = ['local authorities', 'the devolved administrations', 'industry representatives', 'trade unions', 'charities', 'the Local Government Association', 'regulators', 'Cabinet colleagues'];
const PERIODS = ['last 12 months', 'next financial year', 'current spending review period', 'last five years', '2026-27 financial year'];
const DOCUMENTS = ['guidance', 'review', 'evaluation', 'assessment', 'data', 'strategy'];

export interface QuestionWording {
  subject: string;
  aspect: string | null;
  place: string | null;
  /**
   * The answering department's Secretary of State (Commons) decides "he"/"she"; null when the post is a
   * real record's (lib/demo/types.ts HeldPost), whose holder's pronoun the demo does not know: "they".
   */
  secretaryOfState: DemoMember | null;
  addressee: string;
  house: 'COMMONS' | 'LORDS';
  /** An earlier answer this question follows up. */
  followUp?: { answeredOn: Date; uin: string; minister: DemoMember } | null;
}

/** "To ask the Secretary of State for Defence, what assessment he has made of …". */
export function questionText(random: Random, w: QuestionWording): string {
  const v = w.house === 'LORDS' ? LORDS_VOICE : w.secretaryOfState ? COMMONS_VOICE(w.secretaryOfState.pronoun) : NEUTRAL_VOICE;
  const s = subjectInText(w.subject);
  const a = w.aspect ? ` in relation to ${subjectInText(w.aspect)}` : '';
  const loc = w.place ? ` in ${w.place}` : '';
  const w1 = phrase(random);
  const w2 = pickWord(random);
  const templates = [
    () => `what assessment ${v.he} ${v.has} made of the impact of ${w1} on ${s}${a}${loc}`,
    () => `what steps ${v.he} ${v.is} taking to improve ${w1} for ${s}${a}${loc}`,
    () => `how many ${countNouns.pick(random)} there were in ${s}${loc} in each of the last ${random.int(3, 10)} years`,
    () => `whether ${v.he} ${w.house === 'LORDS' ? 'plan' : 'plans'} to review ${w1} for ${s}${loc}; and if ${v.he} will make a statement`,
    () => `what discussions ${v.he} ${v.has} had with ${random.pick(STAKEHOLDERS)} on ${w1} in ${s}${a}`,
    () => `what estimate ${v.he} ${v.has} made of the cost to the public purse of ${w1} for ${s} in the ${random.pick(PERIODS)}`,
    () => `if ${v.he} will publish the ${random.pick(DOCUMENTS)} on ${w1} in ${s}${loc}`,
    () => `what funding ${v.he} ${v.has} allocated to ${w2} in ${s}${loc} in the ${random.pick(PERIODS)}`,
    () => `when ${v.he} expect${w.house === 'LORDS' ? '' : 's'} to respond to the consultation on ${s}${a}`,
    () => `what recent progress ${w.house === 'LORDS' ? 'the Government has' : `${v.his} Department has`} made on ${w1} for ${s}${loc}`,
  ];
  const second = [
    () => `; and what steps ${v.he} ${v.is} taking to improve ${phrase(random)} for ${s}`,
    () => `; and if ${v.he} will make a statement`,
    () => `; and whether ${v.he} will publish the ${random.pick(DOCUMENTS)} ${v.he} ${v.has} received on ${phrase(random)}`,
    () => `; and what assessment ${v.he} ${v.has} made of the adequacy of ${pickWord(random)} in ${s}${random.chance(0.5) ? ` in ${pickPlace(random)}` : ''}`,
  ];
  let body = random.pick(templates)();
  if (!body.includes('; and') && random.chance(0.6)) body += random.pick(second)();
  if (w.house === 'LORDS') {
    const lead = w.followUp
      ? `To ask His Majesty’s Government, further to the Written Answer by ${w.followUp.minister.displayName} on ${formatDate(w.followUp.answeredOn)} (${w.followUp.uin}), `
      : 'To ask His Majesty’s Government ';
    return `${lead}${body}.`;
  }
  const pursuant = w.followUp ? `pursuant to the Answer of ${formatDate(w.followUp.answeredOn)} to Question ${w.followUp.uin}, ` : '';
  return `To ask the ${w.addressee}, ${pursuant}${body}.`;
}

type Block =
  | { tag: 'p' | 'h3'; html: string; plain: string }
  | { tag: 'ul'; items: string[] }
  | { tag: 'table'; head: string[]; rows: string[][] };

export interface AnswerContext {
  subject: string;
  place: string | null;
  departmentName: string;
  departmentSlug: string;
  citedMeetings: { meeting: DemoMeeting; minister: DemoMember }[];
  /** Year of the answer, for figures ("In 2025-26 …"). */
  year: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string): Block => ({ tag: 'p', html: escapeHtml(text), plain: text });
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const thousands = (n: number) => n.toLocaleString('en-GB');

/** A substantive answer: 2–6 blocks, some with a table, a list, a link or a cited meeting. */
export function substantiveAnswer(random: Random, c: AnswerContext): Block[] {
  const s = subjectInText(c.subject);
  const blocks: Block[] = [];
  blocks.push(
    paragraph(
      random.pick([
        `The Government is committed to improving ${s}${c.place ? ` in ${c.place}` : ''}, including ${phrase(random)}.`,
        `The ${c.departmentName} recognises the importance of ${phrase(random)} for ${s}.`,
        `The Department keeps ${phrase(random)} for ${s} under review and works closely with ${random.pick(STAKEHOLDERS)}.`,
      ]),
    ),
  );
  if (random.chance(0.04)) blocks.push({ tag: 'h3', html: 'Funding', plain: 'Funding' });
  if (random.chance(0.7)) {
    const amount = random.int(2, 950);
    blocks.push(paragraph(`In ${c.year - 1}-${String(c.year % 100).padStart(2, '0')}, the Department allocated £${amount} million for ${phrase(random)}, supporting ${pickWord(random)} across ${random.pick(['England', 'the UK', 'every region', 'rural areas'])}.`));
  }
  if (random.chance(0.2)) {
    blocks.push(paragraph(`Information on ${phrase(random)}${c.place ? ` in ${c.place}` : ''} is not held centrally and could be provided only at disproportionate cost.`));
  }
  if (random.chance(0.12)) {
    const years = random.int(3, 5);
    blocks.push(paragraph(`The following table shows the number of ${countNouns.pick(random)} relating to ${s} in each of the last ${years} years:`));
    blocks.push({
      tag: 'table',
      head: ['Year', 'Number'],
      rows: Array.from({ length: years }, (_, i) => {
        const y = c.year - years + i;
        return [`${y}-${String((y + 1) % 100).padStart(2, '0')}`, thousands(random.int(40, 250_000))];
      }),
    });
  }
  if (random.chance(0.1)) {
    blocks.push(paragraph('This includes:'));
    blocks.push({ tag: 'ul', items: [...new Set(Array.from({ length: random.int(3, 5) }, () => `${capitalise(phrase(random))};`))] });
  }
  for (const { meeting, minister } of c.citedMeetings) blocks.push(paragraph(meetingSentence(meeting, minister)));
  if (random.chance(0.08)) {
    const path = `${c.departmentSlug}/${pickWord(random)}-${pickWord(random)}`;
    blocks.push({
      tag: 'p',
      html: `Further information is available on <a href="https://publications.demo.invalid/${path}" rel="noopener noreferrer">the Department’s website</a>.`,
      plain: 'Further information is available on the Department’s website.',
    });
  }
  blocks.push(paragraph(`The Department will continue to work with ${random.pick(STAKEHOLDERS)} on ${phrase(random)} for ${s}.`));
  return blocks;
}

function meetingSentence(m: DemoMeeting, minister: DemoMember): string {
  const when = formatDate(m.date);
  if (m.kind === 'BILATERAL') return `On ${when}, ${minister.displayName} held a bilateral meeting with the ${m.participants[1]?.role ?? 'counterpart'}${m.place ? ` in ${m.place}` : ''} to discuss ${subjectInText(m.subject)}.`;
  if (m.kind === 'MULTILATERAL') return `On ${when}, ${minister.displayName} attended the ${m.title.replace(/^Ministerial/, 'ministerial')}, where ${subjectInText(m.subject)} was discussed.`;
  return `On ${when}, ${minister.displayName} met ${m.participants[1]?.organisation ?? 'partners'} to discuss ${subjectInText(m.subject)}.`;
}

export function holdingAnswer(asker: DemoMember): Block[] {
  return [paragraph(asker.house === 'LORDS' ? `I will write to ${asker.honorific} as soon as possible.` : `I will reply to ${asker.honorific} as soon as possible.`)];
}

/** A correction restates the answer with corrected figures, as the Official Report does. */
export function correctionAnswer(random: Random, original: Date, c: AnswerContext): Block[] {
  return [paragraph(`An error has been identified in the answer given on ${formatDate(original)}. The correct answer should have been:`), ...substantiveAnswer(random, c)];
}

export function renderBlocks(blocks: Block[]): { html: string; plain: string } {
  let html = '';
  const lines: string[] = [];
  for (const b of blocks) {
    switch (b.tag) {
      case 'ul':
        html += `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
        lines.push(...b.items);
        break;
      case 'table':
        html += `<table><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`;
        html += b.rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
        html += '</tbody></table>';
        lines.push(b.head.join(' '), ...b.rows.map((r) => r.join(' ')));
        break;
      default:
        html += `<${b.tag}>${b.html}</${b.tag}>`;
        lines.push(b.plain);
    }
  }
  return { html, plain: lines.join('\n') };
}
