/**
 * The database-neutral contract between the question search (server/search/question-search.ts) and a
 * database's implementation of it (server/search/sqlite/sqlite-search.ts today; PostgreSQL later).
 */
import type { House, QuestionState } from '@/generated/prisma/enums';
import type { QuestionStatus } from '@/lib/question-status';
import type { ParsedSearch } from '@/lib/search/parse-query';
import { MARK_END, MARK_START } from '@/lib/search/segments';
import type { SortDirection, SortKey } from '@/lib/validation/question-query';

export interface DateRange {
  from?: Date;
  to?: Date;
}

/** Filters with every name already resolved to ids. Empty arrays mean "no filter". */
export interface ResolvedFilters {
  houses: House[];
  askingMemberIds: number[];
  answeringMemberIds: number[];
  partyIds: number[];
  departmentIds: number[];
  topicIds: number[];
  statuses: QuestionStatus[];
  uins: string[];
  namedDay?: boolean;
  hasCoverage?: boolean;
  citesMeeting?: boolean;
  tabled: DateRange;
  answered: DateRange;
  due: DateRange;
  /**
   * Only questions with this id or lower: the API's cursors freeze a view at the highest id when a walk
   * began, so records added meanwhile cannot shift later pages (ids only grow). Unset everywhere else.
   */
  maxId?: number;
}

export interface SearchPlan {
  /** Full-text part; null (or no clauses) when the view is filters only. */
  text: ParsedSearch | null;
  filters: ResolvedFilters;
  sort: SortKey;
  dir: SortDirection;
  offset: number;
  limit: number;
  /** Today in London, which divides awaiting from overdue. */
  today: Date;
}

/** One question as the table and the exports need it, straight from the database. */
export interface QuestionRecord {
  id: number;
  house: House;
  uin: string;
  dateTabled: Date;
  dateDue: Date;
  dateAnswered: Date | null;
  daysToAnswer: number | null;
  state: QuestionState;
  isNamedDay: boolean;
  heading: string;
  source: string;
  unreportedFields: string | null;
  askerName: string;
  askerSlug: string;
  partyName: string | null;
  partyAbbreviation: string | null;
  partyColour: string | null;
  departmentName: string;
  departmentShortName: string;
  departmentSlug: string;
  /** Who gave the latest answer version. */
  answererName: string | null;
  answererSlug: string | null;
}

/**
 * One question as an export needs it (columns: docs/export.md). Only what the file shows, no ids,
 * slugs or colours: exports read a million of these.
 */
export interface QuestionExportRecord
  extends Pick<
    QuestionRecord,
    | 'house'
    | 'uin'
    | 'dateTabled'
    | 'dateDue'
    | 'dateAnswered'
    | 'daysToAnswer'
    | 'state'
    | 'isNamedDay'
    | 'heading'
    | 'askerName'
    | 'partyName'
    | 'departmentName'
    | 'answererName'
    | 'source'
    | 'unreportedFields'
  > {
  questionText: string;
  /** The latest answer version as plain text. */
  answerText: string | null;
  answerVersions: number;
}

/** Where a search matched, with START/END markers (see SNIPPET_MARKS) around the matched words. */
export interface RawSnippets {
  heading: string | null;
  question: string | null;
  answer: string | null;
}

export interface SearchPage {
  records: QuestionRecord[];
  total: number;
  snippets: Map<number, RawSnippets>;
  /** Set when relevance ranked only the newest this-many matches (very common words). */
  rankedWithin: number | null;
}

/** Private-use characters the database puts around matches; turned into <mark> by React, never HTML. */
export const SNIPPET_MARKS = { start: MARK_START, end: MARK_END } as const;

/**
 * A database's search. Every method is asynchronous, so a backend may run its SQL on another thread,
 * process or server (the SQLite one answers from its own connection at once; PostgreSQL's over the wire).
 */
export interface QuestionSearchBackend {
  search(plan: SearchPlan): Promise<SearchPage>;
  count(plan: SearchPlan): Promise<number>;
  /** The highest question id now (ids only grow): where an API walk is frozen (server/api/questions.ts). */
  highestId(): Promise<number>;
  /** Every matching question in the view's order (plan.sort, plan.dir), the table's, read a batch at a time. */
  exportReader(plan: Omit<SearchPlan, 'offset' | 'limit'>): ExportReader;
  /** Releases the backend's connections (tests, scripts). */
  close(): void | Promise<void>;
}

/** A view's rows for an export, in order; the caller picks each batch's size as it goes. */
export interface ExportReader {
  /** The next `limit` rows, or fewer (none at all) once the view is exhausted. */
  read(limit: number): Promise<QuestionExportRecord[]>;
}
