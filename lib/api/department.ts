/** The department resource (answering bodies). */
import { z } from '@/lib/validation/zod';
import { pageOf, recordSource } from './common';

export const departmentSchema = z
  .object({
    id: z.number().int(),
    parliamentId: z.number().int().nullable().meta({ description: 'Parliament’s answering-body id.' }),
    slug: z.string(),
    path: z.string(),
    apiPath: z.string(),
    name: z.string(),
    shortName: z.string(),
    source: recordSource,
    isDemo: z.boolean(),
  })
  .meta({ id: 'Department' });

export const departmentPageSchema = pageOf(departmentSchema, 'DepartmentPage');
export type DepartmentJson = z.input<typeof departmentSchema>;
