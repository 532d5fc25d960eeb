import { describe, expect, it } from 'vitest';
import { detectFollowUps, normaliseUin, parseAnswerDate } from './detect-follow-up';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const detect = (text: string) => detectFollowUps(text).map((r) => ({ date: r.date?.toISOString().slice(0, 10) ?? null, uins: r.uins }));

describe('detectFollowUps: the standard wordings', () => {
  it.each([
    [
      'To ask the Secretary of State for Health, pursuant to the Answer of 5 January 2016 to Question 20367, what steps he is taking.',
      [{ date: '2016-01-05', uins: ['20367'] }],
    ],
    ['To ask the Chancellor, further to the Answer of 5 January 2016 to Question 20367, when …', [{ date: '2016-01-05', uins: ['20367'] }]],
    ['To ask His Majesty’s Government, pursuant to his Answer of 12 March 2024 to Question HL1234, whether …', [{ date: '2024-03-12', uins: ['HL1234'] }]],
    [
      'With reference to the answer of 3rd February 2023 to question 12345 on school buildings, what plans …',
      [{ date: '2023-02-03', uins: ['12345'] }],
    ],
    ['pursuant to the Answers of 1 June 2021 to Questions 1234 and 1235, what …', [{ date: '2021-06-01', uins: ['1234', '1235'] }]],
    ['further to the Answer of 2 May 2022 to Questions 1234, 1235 and 1236, …', [{ date: '2022-05-02', uins: ['1234', '1235', '1236'] }]],
    ['With reference to the Answer given on 14 June 2022 (PQ 12345), how many …', [{ date: '2022-06-14', uins: ['12345'] }]],
    ['What progress has been made since UIN 12345 was answered?', [{ date: null, uins: ['12345'] }]],
    ['PURSUANT TO THE ANSWER OF 5 JANUARY 2016 TO QUESTION 20367, WHAT …', [{ date: '2016-01-05', uins: ['20367'] }]],
  ])('%s', (text, expected) => {
    expect(detect(text)).toEqual(expected);
  });
});

describe('detectFollowUps: dates as members write them', () => {
  it.each([
    ['pursuant to the Answer of 1st March 2024 to Question 100', '2024-03-01'],
    ['pursuant to the Answer of 22nd Nov 2023 to Question 100', '2023-11-22'],
    ['pursuant to the Answer of 5 Sept 2025 to Question 100', '2025-09-05'],
    ['pursuant to the Answer of 5 Sep. 2025 to Question 100', '2025-09-05'],
    ['pursuant to the Answer of the 5th of June 2022 to Question 100', '2022-06-05'],
    ['pursuant to the Answer of June 5, 2022 to Question 100', '2022-06-05'],
    ['pursuant to the Answer of 05/01/2016 to Question 100', '2016-01-05'],
    ['pursuant to the Answer of the Minister for Security of 5 January 2016 to Question 100', '2016-01-05'],
    ['pursuant to the reply on 7 july 2020 to question 100', '2020-07-07'],
  ])('%s', (text, iso) => {
    expect(detect(text)).toEqual([{ date: iso, uins: ['100'] }]);
  });

  it('gives a null date, not a crash, for dates that do not exist', () => {
    expect(detect('pursuant to the Answer of 31 February 2023 to Question 4567, what …')).toEqual([{ date: null, uins: ['4567'] }]);
    expect(detect('pursuant to the Answer of 29 February 2023 to Question 4567')).toEqual([{ date: null, uins: ['4567'] }]);
    expect(detect('pursuant to the Answer of 45/13/2023 to Question 4567')).toEqual([{ date: null, uins: ['4567'] }]);
  });

  it('gives a null date when the year is missing', () => {
    expect(detect('pursuant to the Answer of 5 January to Question 20367, what …')).toEqual([{ date: null, uins: ['20367'] }]);
  });

  it('takes a date that follows the question number', () => {
    expect(detect('Further to Question 12345, answered on 3 March 2024, what …')).toEqual([{ date: '2024-03-03', uins: ['12345'] }]);
  });
});

describe('detectFollowUps: several references and other forms', () => {
  it('finds two references in one question, in order', () => {
    const text =
      'pursuant to the Answer of 5 January 2016 to Question 20367 and the Answer of 6 February 2016 to Question 25000, whether …';
    expect(detect(text)).toEqual([
      { date: '2016-01-05', uins: ['20367'] },
      { date: '2016-02-06', uins: ['25000'] },
    ]);
  });

  it('keeps a reference by date alone when a follow-up phrase introduces it', () => {
    expect(detect('To ask the Secretary of State, pursuant to his Answer of 12 May 2015, what …')).toEqual([{ date: '2015-05-12', uins: [] }]);
  });

  it('reads Lords UINs with a space or in brackets, and this project’s demo UINs', () => {
    expect(detect('pursuant to the Answer of 2 April 2024 to Question HL 1234')).toEqual([{ date: '2024-04-02', uins: ['HL1234'] }]);
    expect(detect('To ask His Majesty’s Government what plans they have … [HL5678]')).toEqual([{ date: null, uins: ['HL5678'] }]);
    expect(detect('pursuant to the Answer of 4 March 2026 to Question D104233, what …')).toEqual([{ date: '2026-03-04', uins: ['D104233'] }]);
    expect(detect('pursuant to the Answer of 4 March 2026 to Question HL-D1042, what …')).toEqual([{ date: '2026-03-04', uins: ['HL-D1042'] }]);
  });

  it('reads the Lords form "further to the Written Answer by … on <date> (HL1234)"', () => {
    expect(detect('To ask His Majesty’s Government, further to the Written Answer by Lord Example on 4 March 2026 (HL4920), whether …')).toEqual([
      { date: '2026-03-04', uins: ['HL4920'] },
    ]);
  });

  it('accepts a bare question number after a follow-up phrase or an answer word', () => {
    expect(detect('Further to Question 54321, what …')).toEqual([{ date: null, uins: ['54321'] }]);
    expect(detect('Following the answer to Question 54321, what …')).toEqual([{ date: null, uins: ['54321'] }]);
  });

  it('does not repeat the same reference', () => {
    expect(detect('pursuant to the Answer of 5 January 2016 to Question 20367; and pursuant to the Answer of 5 January 2016 to Question 20367')).toHaveLength(1);
  });
});

describe('detectFollowUps: near-misses that are not references', () => {
  it.each([
    'To ask the Secretary of State for Justice, how many prisoners were held on 5 January 2016.',
    'what plans he has to question 2000 witnesses in the inquiry',
    'whether she will publish the answers to question 3 of the consultation',
    'what assessment he has made of the response to question 12 in the survey',
    'To ask the Prime Minister, what discussions he had at Question Time on 5 January 2016.',
    'what estimate she has made of the number of questions 2021 respondents answered',
    'what the cost was of the 2016 answer to the Scottish Government on housing',
    'how many of the 20367 applications were answered within 5 days',
    'under Statutory Instrument 2016 No. 1234',
    '',
  ])('%s', (text) => {
    expect(detectFollowUps(text)).toEqual([]);
  });
});

describe('parseAnswerDate and normaliseUin', () => {
  it('parses the written forms to UTC midnight', () => {
    expect(parseAnswerDate('5 January 2016')).toEqual(day('2016-01-05'));
    expect(parseAnswerDate('3rd Feb 2023')).toEqual(day('2023-02-03'));
    expect(parseAnswerDate('2024-02-29')).toEqual(day('2024-02-29'));
    expect(parseAnswerDate('2023-02-29')).toBeNull();
    expect(parseAnswerDate('nonsense')).toBeNull();
  });

  it('normalises UINs', () => {
    expect(normaliseUin('hl 1234')).toBe('HL1234');
    expect(normaliseUin('hl-d1042')).toBe('HL-D1042');
    expect(normaliseUin('20367')).toBe('20367');
  });
});
