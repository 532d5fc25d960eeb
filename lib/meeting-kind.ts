import type { MeetingKind } from '@/generated/prisma/enums';

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  BILATERAL: 'Bilateral meeting',
  MULTILATERAL: 'Multilateral meeting',
  OTHER: 'Meeting',
};
