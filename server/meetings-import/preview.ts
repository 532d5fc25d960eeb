import type { ImportPlan } from './plan';

/** What the upload form's preview gets: the plan, and the fields its confirmation sends back unchanged. */
export interface ImportPreview {
  plan: ImportPlan;
  confirm: { file: string; fileName: string; department: string; kind: string; quarter: string };
}
