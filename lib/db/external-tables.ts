/**
 * Tables Prisma's schema does not describe but migrations create by hand (full-text search indexes
 * and their shadow tables). Listed here once for prisma.config.ts and the offline migration engine,
 * so the differ never proposes to drop them.
 */
export const EXTERNAL_TABLES: string[] = [];
