import { describe, expect, it } from 'vitest';
import {
  findCommonSlots,
  type FindCommonSlotsInput,
} from '../../../src/domain/scheduling/find-common-slots.js';
import { hki, person, slotStarts } from './support.js';

describe('findCommonSlots with optional people', () => {
  const base = {
    attendees: [
      person('convenor'),
      person('nurse', ['2026-03-02 08:00–09:00'], { required: false }),
      person('kela', ['2026-03-02 08:00–10:00'], { required: false }),
    ],
    durationMinutes: 60,
    window: { start: hki('2026-03-02 00:00'), end: hki('2026-03-03 00:00') },
    stepMinutes: 60,
    now: hki('2026-03-01 12:00'),
    minimumNoticeMinutes: 0,
    limit: 3,
  } satisfies FindCommonSlotsInput;
  const hourAndCount = (slots: ReturnType<typeof findCommonSlots>) =>
    slots.map((s) => `${new Date(s.start).toISOString().slice(11, 16)} ${s.optionalFree.length}`);

  it('does not let them hold back the earliest slots, and says who of them is free in each', () => {
    expect(findCommonSlots(base).map((s) => s.optionalFree)).toEqual([[], ['nurse'], ['nurse', 'kela']]);
  });

  it('ranks slots where more of them are free first, earliest among equals, when asked to', () => {
    const slots = findCommonSlots({ ...base, limit: 8, ranking: 'most-optional-free' });
    expect(hourAndCount(slots)).toEqual([
      '08:00 2',
      '09:00 2',
      '10:00 2',
      '11:00 2',
      '12:00 2',
      '13:00 2',
      '07:00 1',
      '06:00 0',
    ]);
  });

  it('ranks the earliest slots by default, whoever of them is free', () => {
    expect(hourAndCount(findCommonSlots({ ...base, ranking: 'earliest' }))).toEqual([
      '06:00 0',
      '07:00 1',
      '08:00 2',
    ]);
  });
});

describe('findCommonSlots input', () => {
  it.each<[string, Partial<FindCommonSlotsInput>]>([
    ['no required attendee', { attendees: [person('a', [], { required: false })] }],
    ['a zero step', { stepMinutes: 0 }],
    ['a negative duration', { durationMinutes: -30 }],
    ['a fractional limit', { limit: 1.5 }],
    ['a negative notice', { minimumNoticeMinutes: -1 }],
  ])('refuses %s', (_, change) => {
    expect(() => slotStarts({ attendees: [person('a')], ...change })).toThrow(RangeError);
  });

  it.each<[string, Partial<FindCommonSlotsInput>]>([
    ['a zero limit', { limit: 0 }],
    ['a window already past', { now: hki('2026-03-08 00:00') }],
    [
      'a window shorter than the duration',
      { window: { start: hki('2026-03-02 08:00'), end: hki('2026-03-02 08:20') } },
    ],
  ])('returns nothing for %s', (_, change) => {
    expect(slotStarts({ attendees: [person('a')], ...change })).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(slotStarts({ attendees: [person('a')], limit: 5 })).toHaveLength(5);
  });
});
