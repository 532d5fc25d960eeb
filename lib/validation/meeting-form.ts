/**
 * The meeting form's schema, shared by the form, its Server Actions and the data layer's tests. Member
 * participants and topics come from pickers as addresses (slugs), resolved to records on the server; other
 * participants are repeatable rows sent as four parallel columns, each row needing at least one of them.
 */
import { z } from 'zod';
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

/** Zips the four columns into rows; a row with nothing in it, or too much, is refused beside that row. */
function withParticipants<T extends { participantName: string[]; participantRole: string[]; participantOrganisation: string[]; participantCountry: string[] }>(value: T, ctx: z.RefinementCtx) {
  const { participantName, participantRole, participantOrganisation, participantCountry, ...rest } = value;
  const count = Math.max(participantName.length, participantRole.length, participantOrganisation.length, participantCountry.length);
  if (count > MAX_ROWS) {
    ctx.addIssue({ code: 'custom', path: ['participants'], message: `Record ${MAX_ROWS} or fewer other participants` });
    return z.NEVER;
  }
  const participants: OtherParticipant[] = [];
  for (let i = 0; i < count; i++) {
    const row = { name: participantName[i] || null, role: participantRole[i] || null, organisation: participantOrganisation[i] || null, country: participantCountry[i] || null };
    if (!row.name && !row.role && !row.organisation && !row.country) {
      ctx.addIssue({ code: 'custom', path: [participantRowKey(i)], message: `Other participant ${i + 1}: give a name, role, organisation or country, or remove the row` });
    } else if (Object.values(row).some((cell) => cell && cell.length > PARTICIPANT_MAX)) {
      ctx.addIssue({ code: 'custom', path: [participantRowKey(i)], message: `Other participant ${i + 1}: each part must be ${PARTICIPANT_MAX} characters or fewer` });
    }
    participants.push(row);
  }
  return { ...rest, participants };
}

export const createMeetingSchema = z.object(meetingFields).transform(withParticipants);
export const updateMeetingSchema = z.object({ ...meetingFields, id: recordId('Meeting'), baseChangeId }).transform(withParticipants);
export type MeetingInput = z.output<typeof createMeetingSchema>;

/** Tagging a meeting with a topic, or removing the tag, from the meeting's page. */
export const meetingTopicSchema = z.object({ meetingId: recordId('Meeting'), topic: requiredText('Topic', 200) });
