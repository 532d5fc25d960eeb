/**
 * HTTP client for the Written Questions and Members APIs. Every request goes through one politeness limit
 * (p-limit: at most `concurrency` in flight), has a timeout (AbortSignal.timeout), and is retried with
 * exponential back-off (p-retry) on timeouts, network errors, 5xx/429 and bodies that are not whole JSON;
 * other 4xx are not retried. Responses are returned as parsed JSON: validation is the caller's (the sync
 * validates every record with lib/parliament/schemas.ts so one bad record is rejected alone).
 */
import pLimit, { type LimitFunction } from 'p-limit';
import pRetry, { AbortError } from 'p-retry';
import type { ParliamentSettings } from '@/lib/parliament/settings';
import { apiAnsweringBodiesSchema, apiMemberEnvelopeSchema, apiQuestionEnvelopeSchema, apiQuestionPageSchema, describeIssues, type ApiAnsweringBody, type ApiMember } from '@/lib/parliament/schemas';

export interface ListFilters {
  /** Always given: the live API can time out on a filter without a date anchor. yyyy-mm-dd. */
  tabledWhenFrom: string;
  tabledWhenTo?: string;
  house?: 'Commons' | 'Lords';
  answeringBodies?: number[];
  answeredWhenFrom?: string;
  correctedWhenFrom?: string;
}

export interface ClientOptions extends ParliamentSettings {
  retries?: number;
  /** First back-off pause; doubles each retry. */
  minRetryMs?: number;
  /** Told about each failed attempt (for the run's log). */
  onRetry?: (message: string) => void;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

export class ParliamentClient {
  private limit: LimitFunction;
  constructor(readonly options: ClientOptions) {
    this.limit = pLimit(options.concurrency);
  }

  /** One page of the list endpoint (withdrawn questions included, so a withdrawal is seen). */
  async listQuestions(filters: ListFilters, skip: number, take: number): Promise<{ totalResults: number; results: unknown[] }> {
    const params = new URLSearchParams({ tabledWhenFrom: filters.tabledWhenFrom, includeWithdrawn: 'true', expandMember: 'false', skip: String(skip), take: String(take) });
    if (filters.tabledWhenTo) params.set('tabledWhenTo', filters.tabledWhenTo);
    if (filters.house) params.set('house', filters.house);
    if (filters.answeredWhenFrom) params.set('answeredWhenFrom', filters.answeredWhenFrom);
    if (filters.correctedWhenFrom) params.set('correctedWhenFrom', filters.correctedWhenFrom);
    for (const body of filters.answeringBodies ?? []) params.append('answeringBodies', String(body));
    const json = await this.getJson(`${this.options.questionsUrl}/writtenquestions/questions?${params}`);
    const page = apiQuestionPageSchema.safeParse(json);
    if (!page.success) throw new Error(`The list endpoint answered in an unexpected shape (${describeIssues(page.error)})`);
    return { totalResults: page.data.totalResults, results: page.data.results.map((r) => r.value) };
  }

  /** One question with its full texts, or null when the API no longer has it (404). */
  async getQuestion(id: number): Promise<unknown> {
    const json = await this.getJson(`${this.options.questionsUrl}/writtenquestions/questions/${id}`, { notFoundAsNull: true });
    if (json === null) return null;
    const envelope = apiQuestionEnvelopeSchema.safeParse(json);
    if (!envelope.success) throw new Error(`Question ${id}: unexpected response shape (${describeIssues(envelope.error)})`);
    return envelope.data.value;
  }

  /** A member, or null when the Members API does not know the id (404) or answers with a malformed record. */
  async getMember(id: number): Promise<ApiMember | null> {
    const json = await this.getJson(`${this.options.membersUrl}/Members/${id}`, { notFoundAsNull: true });
    if (json === null) return null;
    const parsed = apiMemberEnvelopeSchema.safeParse(json);
    return parsed.success ? parsed.data.value : null;
  }

  async answeringBodies(): Promise<ApiAnsweringBody[]> {
    const json = await this.getJson(`${this.options.membersUrl}/Reference/AnsweringBodies`);
    const parsed = apiAnsweringBodiesSchema.safeParse(json);
    if (!parsed.success) throw new Error(`Answering bodies: unexpected response shape (${describeIssues(parsed.error)})`);
    return parsed.data.map((item) => ('value' in item && item.value && typeof item.value === 'object' ? (item.value as ApiAnsweringBody) : (item as ApiAnsweringBody)));
  }

  private getJson(url: string, { notFoundAsNull = false } = {}): Promise<unknown> {
    return this.limit(() =>
      pRetry(
        async () => {
          let response: Response;
          try {
            response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(this.options.timeoutMs) });
          } catch (error) {
            const name = (error as Error)?.name;
            throw new Error(name === 'TimeoutError' ? `no answer within ${this.options.timeoutMs} ms from ${url}` : `${(error as Error)?.message ?? error} (${url})`);
          }
          if (response.status === 404 && notFoundAsNull) {
            await response.body?.cancel();
            return null;
          }
          if (response.status >= 500 || response.status === 429) {
            await response.body?.cancel();
            throw new HttpError(response.status, url);
          }
          if (!response.ok) {
            await response.body?.cancel();
            throw new AbortError(new HttpError(response.status, url));
          }
          const text = await response.text();
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw new Error(`a body that is not whole JSON from ${url}`);
          }
        },
        {
          retries: this.options.retries ?? 5,
          minTimeout: this.options.minRetryMs ?? 1_000,
          factor: 2,
          maxTimeout: 60_000,
          onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
            if (retriesLeft > 0) this.options.onRetry?.(`attempt ${attemptNumber} failed (${error.message}); retrying`);
          },
        },
      ),
    );
  }
}
