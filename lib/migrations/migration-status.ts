/** What `prisma migrate status` reports, the same for every dialect. */
export interface MigrationStatus {
  upToDate: boolean;
  pending: string[];
  edited: string[];
  failed: string[];
  /** Applied to the database but missing from the folder. */
  missingFromFolder: string[];
}
