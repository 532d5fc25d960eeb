/** The member resource: every stored Member field, and on one member their posts over time. */
import { z } from '@/lib/validation/zod';
import { calendarDate, departmentRef, house, pageOf, partyRef, recordSource } from './common';

export const memberSummarySchema = z
  .object({
    id: z.number().int(),
    parliamentId: z.number().int().nullable().meta({ description: 'Parliament’s member id.' }),
    slug: z.string(),
    path: z.string(),
    apiPath: z.string(),
    displayName: z.string(),
    listName: z.string(),
    house,
    party: partyRef.nullable(),
    constituency: z.string().nullable(),
    source: recordSource,
    isDemo: z.boolean(),
  })
  .meta({ id: 'MemberSummary' });

export const memberRoleSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    department: departmentRef.nullable(),
    startDate: calendarDate.nullable(),
    endDate: calendarDate.nullable().meta({ description: 'Null while the post is held (or when not reported).' }),
    source: recordSource,
  })
  .meta({ id: 'MemberRole' });

export const memberSchema = memberSummarySchema
  .extend({ roles: z.array(memberRoleSchema).meta({ description: 'Posts held, earliest first.' }) })
  .meta({ id: 'Member' });

export const memberPageSchema = pageOf(memberSummarySchema, 'MemberPage');
export type MemberSummaryJson = z.input<typeof memberSummarySchema>;
export type MemberJson = z.input<typeof memberSchema>;
