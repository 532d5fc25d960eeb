import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRowBuilder, type ExportableQuestion } from './question-export';

const question: ExportableQuestion = {
  house: 'COMMONS',
  uin: 'DEMO-0001',
  dateTabled: new Date('2025-03-13T00:00:00Z'),
  dateDue: new Date('2025-03-20T00:00:00Z'),
  dateAnswered: null,
  daysToAnswer: null,
  state: 'AWAITING',
  isNamedDay: true,
  heading: 'Defence: Europe',
  questionText: 'To ask…',
  askerName: 'Edward Morello',
  partyName: null,
  departmentName: 'Ministry of Defence',
  answererName: null,
  answerText: null,
  answerVersions: 0,
  source: 'ARTICLE',
  unreportedFields: 'uin,dateTabled,text',
};

describe('export rows', () => {
  it('gives the same values as cells and as a keyed row, in column order', () => {
    const today = new Date('2025-03-25T00:00:00Z');
    const builder = exportRowBuilder(today, 'https://a.example');
    const row = builder.row(question);
    expect(builder.cells(question)).toEqual(EXPORT_COLUMNS.map((c) => row[c]));
    expect(row).toMatchObject({
      date_tabled: '2025-03-13',
      status: 'overdue',
      named_day: true,
      url: 'https://a.example/questions/commons/2025-03-13/DEMO-0001',
      source: 'article',
      unreported_fields: 'uin date_tabled question_text',
    });
  });

  it('gives each row its own dates when one builder writes many rows', () => {
    const builder = exportRowBuilder(new Date('2025-03-25T00:00:00Z'), 'https://a.example');
    const other = { ...question, house: 'LORDS' as const, uin: 'HL 1/2', dateTabled: new Date('2024-12-31T00:00:00Z'), dateDue: new Date('2025-03-13T00:00:00Z') };
    const answered = { ...question, dateAnswered: new Date('2025-03-20T00:00:00Z'), state: 'ANSWERED' as const, unreportedFields: null, source: 'PARLIAMENT' };
    expect([question, other, answered, other].map((q) => builder.row(q))).toMatchObject([
      { date_tabled: '2025-03-13', date_due: '2025-03-20', date_answered: null },
      { house: 'lords', date_tabled: '2024-12-31', date_due: '2025-03-13', url: 'https://a.example/questions/lords/2024-12-31/HL%201%2F2' },
      { date_tabled: '2025-03-13', date_due: '2025-03-20', date_answered: '2025-03-20', status: 'answered', source: 'parliament', unreported_fields: null },
      { date_tabled: '2024-12-31', date_due: '2025-03-13' },
    ]);
  });
});
