/**
 * The meeting form's schema, shared by the form, its Server Actions and the data layer's tests. Member
 * participants and topics come from pickers as addresses (slugs), resolved to records on the server; other
 * participants are repeatable rows sent as four parallel columns, each row needing at least one of them.
 */
import { z } from '@/lib/validation/zod';
import { MeetingKind } from '@/generated/prisma/enums';
import { baseChangeId, optionalText, optionalWebUrl, recordId, requiredText, ukDate } from './form-fields';
import { slugList, textColumn } from './form-lists';

export const PARTICIPANT_COLUMNS = ['participantName', 'participantRole', 'participantOrganisation', 'participantCountry'] as const;
const PARTICIPANT_MAX = 200;
const MAX_ROWS = 50;

export interface OtherParticipant {
  name: string | null;
  role: string | null;
  organisation: string | null;
  country: string | null;
}

/** The field-error key of one row of other participants (row is 0-based): errors show beside that row. */
export const participantRowKey = (row: number) => `participant-${row}`;

const meetingFields = {
  date: ukDate('Date'),
  title: requiredText('Title', 300),
  place: optionalText('Place', 200),
  kind: z.enum(MeetingKind, { message: 'Choose the kind of meeting' }),
  description: optionalText('Description', 5000),
  sourceUrl: optionalWebUrl('Source web address'),
  members: slugList('Member participants'),
  topics: slugList('Topics'),
  participantName: textColumn,
  participantRole: textColumn,
  participantOrganisation: textColumn,
  participantCountry: textColumn,
};

type Columns = { participantName: string[]; participantRole: string[]; participantOrganisation: string[]; participantCountry: string[] };

function toRows(value: Partial<Columns>): OtherParticipant[] {
  const col = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const [names, roles, orgs, countries] = [col(value.participantName), col(value.participantRole), col(value.participantOrganisation), col(value.participantCountry)];
  const count = Math.max(names.length, roles.length, orgs.length, countries.length);
  return Array.from({ length: count }, (_, i) => ({ name: names[i] || null, role: roles[i] || null, organisation: orgs[i] || null, country: countries[i] || null }));
}

/** Each row needs one of its four parts: refused beside that row, even when other fields failed too. */
function checkRows(value: Partial<Columns>, ctx: z.RefinementCtx) {
  const rows = toRows(value);
  if (rows.length > MAX_ROWS) ctx.addIssue({ code: 'custom', path: ['participants'], message: `Record ${MAX_ROWS} or fewer other participants` });
  rows.forEach((row, i) => {
    if (!row.name && !row.role && !row.organisation && !row.country) {
      ctx.addIssue({ code: 'custom', path: [participantRowKey(i)], message: `Other participant ${i + 1}: give a name, role, organisation or country, or remove the row` });
    } else if (Object.values(row).some((cell) => cell && cell.length > PARTICIPANT_MAX)) {
      ctx.addIssue({ code: 'custom', path: [participantRowKey(i)], message: `Other participant ${i + 1}: each part must be ${PARTICIPANT_MAX} characters or fewer` });
    }
  });
}

/** The four columns become rows. */
function withParticipants<T extends Columns>({ participantName, participantRole, participantOrganisation, participantCountry, ...rest }: T) {
  return { ...rest, participants: toRows({ participantName, participantRole, participantOrganisation, participantCountry }) };
}

// `when` runs the row check even when another field failed, so every error shows at once.
const rowsCheck = { when: () => true };
export const createMeetingSchema = z.object(meetingFields).superRefine(checkRows, rowsCheck).transform(withParticipants);
export const updateMeetingSchema = z.object({ ...meetingFields, id: recordId('Meeting'), baseChangeId }).superRefine(checkRows, rowsCheck).transform(withParticipants);
export type MeetingInput = z.output<typeof createMeetingSchema>;

/** Tagging a meeting with a topic, or removing the tag, from the meeting's page. */
export const meetingTopicSchema = z.object({ meetingId: recordId('Meeting'), topic: requiredText('Topic', 200) });
