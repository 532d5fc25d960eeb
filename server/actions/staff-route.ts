import 'server-only';
import type { z } from '@/lib/validation/zod';
import { runStaffWrite, type StaffWriteOptions } from './staff-action';

/**
 * A mutating route handler (POST/PUT/PATCH/DELETE) on the same path as the Server Actions: JSON or form
 * bodies, the same role check, validation, transaction and history. Answers JSON: 200 saved, 400 refused
 * with field errors, 409 conflict; 401/403 come from the role check, 403 from a cross-site request.
 */
export function staffRoute<S extends z.ZodType>(options: StaffWriteOptions<S>, toInput?: (request: Request, body: Record<string, unknown>) => unknown) {
  return async (request: Request): Promise<Response> => {
    let body: Record<string, unknown> = {};
    try {
      const type = request.headers.get('content-type') ?? '';
      if (type.includes('application/json')) body = ((await request.json()) as Record<string, unknown>) ?? {};
      else if (type.includes('form')) body = Object.fromEntries((await request.formData()).entries());
    } catch {
      return Response.json({ status: 'error', message: 'The request body is not valid JSON or form data.' }, { status: 400 });
    }
    const { state } = await runStaffWrite(options, toInput ? toInput(request, body) : body);
    const status = state.status === 'ok' ? 200 : state.status === 'conflict' ? 409 : 400;
    return Response.json(state, { status, headers: { 'Cache-Control': 'no-store' } });
  };
}
