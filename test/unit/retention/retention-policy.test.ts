import { describe, expect, it } from 'vitest';
import {
  endedAt,
  isRecordExpired,
  isTextExpired,
  recordCutoff,
  textCutoff,
} from '../../../src/domain/retention/retention-policy.js';
import { caseRecord, endedCase } from '../../fixtures/case-records.js';

const d = (iso: string) => new Date(iso);

describe('textCutoff', () => {
  it.each([
    ['2026-03-29T01:30:00Z', 90, '2025-12-29T01:30:00.000Z'], // the night Finland moves to summer time
    ['2025-10-26T00:30:00Z', 1, '2025-10-25T00:30:00.000Z'], // … and back to winter time: still 24 h in UTC
    ['2024-03-01T00:00:00Z', 1, '2024-02-29T00:00:00.000Z'], // leap day
    ['2026-01-01T00:00:00Z', 1460, '2022-01-02T00:00:00.000Z'],
  ])('%s minus %i days is %s', (now, textDays, expected) => {
    expect(textCutoff(d(now), { textDays, recordMonths: 12 }).toISOString()).toBe(expected);
  });
});

describe('recordCutoff', () => {
  it.each([
    ['2026-03-29T01:30:00Z', 12, '2025-03-29T01:30:00.000Z'],
    ['2025-03-31T10:00:00Z', 1, '2025-02-28T10:00:00.000Z'], // no 31 February: the month's last day
    ['2024-02-29T12:00:00Z', 12, '2023-02-28T12:00:00.000Z'], // leap day, a year back
    ['2024-03-31T12:00:00Z', 1, '2024-02-29T12:00:00.000Z'],
    ['2025-01-15T00:00:00Z', 13, '2023-12-15T00:00:00.000Z'], // across a year boundary
    ['2026-01-01T00:00:00Z', 48, '2022-01-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00Z', 60, '2022-01-01T00:00:00.000Z'], // never beyond 4 years, whatever is configured
  ])('%s minus %i months is %s', (now, recordMonths, expected) => {
    expect(recordCutoff(d(now), { textDays: 90, recordMonths }).toISOString()).toBe(expected);
  });
});

describe('endedAt', () => {
  const closedAt = d('2025-06-02T08:00:00Z');
  it.each([
    ['an open case', caseRecord(), null],
    ['a closed case: its closed event', endedCase('closed', closedAt), closedAt],
    ['a withdrawn case: its withdrawn event', endedCase('withdrawn', closedAt), closedAt],
    [
      'a closed case without a closed event: its last update',
      { ...caseRecord({ updatedAt: closedAt }), status: 'closed' as const },
      closedAt,
    ],
  ])('is %s', (_, c, expected) => {
    expect(endedAt(c)).toEqual(expected);
  });

  it('takes the latest ending event, whatever the order of events', () => {
    const c = endedCase('closed', closedAt);
    const earlier = { type: 'withdrawn' as const, at: d('2025-05-01T00:00:00Z'), by: c.owner.userId };
    expect(endedAt({ ...c, events: [...c.events, earlier] })).toEqual(closedAt);
  });
});

describe('isTextExpired / isRecordExpired', () => {
  const cutoff = d('2025-06-01T00:00:00Z');
  it.each([
    ['ended just before the cutoff', endedCase('closed', d('2025-05-31T23:59:59Z')), true, true],
    ['ended at the cutoff', endedCase('closed', cutoff), false, false],
    ['ended after the cutoff', endedCase('withdrawn', d('2025-06-02T00:00:00Z')), false, false],
    [
      'ended long ago, text already purged',
      { ...endedCase('closed', d('2024-01-01T00:00:00Z')), text: null },
      false,
      true,
    ],
    ['open, created long ago', caseRecord({ createdAt: d('2020-01-01T00:00:00Z') }), false, false],
  ])('a case %s: text %s, record %s', (_, c, text, record) => {
    expect(isTextExpired(c, cutoff)).toBe(text);
    expect(isRecordExpired(c, cutoff)).toBe(record);
  });
});
