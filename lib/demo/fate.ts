/**
 * What happens to a demo question after tabling: withdrawn, never answered, or answered after a
 * realistic delay, sometimes after a holding answer, sometimes corrected later. Nothing is dated after
 * "today": a question whose answer would come later is still awaiting it.
 */
import { daysBetween } from '../dates';
import { nextWeekday } from '../due-date';
import type { Random } from './random';
import { addCalendarDays } from './world';

export interface Fate {
  withdrawnAt: Date | null;
  holding: Date | null;
  substantive: Date | null;
  correction: Date | null;
}

/** Share of questions that never get a substantive answer in the demo (most become overdue). */
const NEVER_ANSWERED = 0.33;
const WITHDRAWN = 0.015;

/** Days from tabling to the substantive answer: most near the due date, with a long tail. */
function answerDelay(random: Random, house: 'COMMONS' | 'LORDS', dueDays: number): number {
  const roll = random.next();
  if (house === 'LORDS') {
    if (roll < 0.6) return random.int(6, 14);
    if (roll < 0.9) return random.int(15, 28);
    return random.int(29, 70);
  }
  if (roll < 0.55) return random.int(2, dueDays);
  if (roll < 0.85) return random.int(dueDays + 1, dueDays + 14);
  if (roll < 0.97) return random.int(dueDays + 15, dueDays + 45);
  return random.int(dueDays + 46, dueDays + 120);
}

export function decideFate(random: Random, house: 'COMMONS' | 'LORDS', tabled: Date, due: Date, today: Date): Fate {
  const notAfterToday = (d: Date | null) => (d && d.getTime() <= today.getTime() ? d : null);
  const dueDays = Math.max(1, daysBetween(tabled, due));

  if (random.chance(WITHDRAWN)) {
    const withdrawnAt = notAfterToday(nextWeekday(addCalendarDays(tabled, random.int(1, 15))));
    if (withdrawnAt) {
      const holding = random.chance(0.2) ? nextWeekday(due) : null;
      return { withdrawnAt, holding: holding && holding < withdrawnAt ? holding : null, substantive: null, correction: null };
    }
  }

  if (random.chance(NEVER_ANSWERED)) {
    return { withdrawnAt: null, holding: random.chance(0.15) ? notAfterToday(nextWeekday(due)) : null, substantive: null, correction: null };
  }

  const delay = answerDelay(random, house, dueDays);
  const substantive = notAfterToday(nextWeekday(addCalendarDays(tabled, delay)));
  let holding = delay > dueDays && random.chance(0.4) ? notAfterToday(nextWeekday(due)) : null;
  if (holding && substantive && holding.getTime() >= substantive.getTime()) holding = null;
  const correction = substantive && random.chance(0.04) ? notAfterToday(nextWeekday(addCalendarDays(substantive, random.int(2, 60)))) : null;
  return { withdrawnAt: null, holding, substantive, correction };
}
