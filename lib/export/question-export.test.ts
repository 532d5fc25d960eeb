import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, toExportCells, toExportRow, type ExportableQuestion } from './question-export';

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
    const row = toExportRow(question, today, 'https://a.example');
    expect(toExportCells(question, today, 'https://a.example')).toEqual(EXPORT_COLUMNS.map((c) => row[c]));
    expect(row).toMatchObject({
      date_tabled: '2025-03-13',
      status: 'overdue',
      named_day: true,
      url: 'https://a.example/questions/commons/2025-03-13/DEMO-0001',
      source: 'article',
      unreported_fields: 'uin date_tabled question_text',
    });
  });
});
