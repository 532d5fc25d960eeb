/**
 * The question a staff answer page is about, from its address segments (Next may hand the UIN still
 * percent-encoded; UINs never contain "%", so decoding is safe and a malformed escape is no UIN).
 */
import { parseQuestionKeyParams } from '@/lib/validation/question';

export function questionKeyFromSegments(params: { house: string; date: string; uin: string }) {
  let uin = '';
  try {
    uin = decodeURIComponent(params.uin);
  } catch {
    return null;
  }
  return parseQuestionKeyParams({ house: params.house, date: params.date, uin });
}
