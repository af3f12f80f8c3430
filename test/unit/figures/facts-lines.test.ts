import { describe, expect, it } from 'vitest';
import {
  decodeCaseLine,
  decodeReferralLine,
  decodeSessionLine,
  encodeCaseLine,
  encodeReferralLine,
  encodeSessionLine,
  keyOf,
  retentionEndOf,
} from '../../../src/adapters/figures-facts-lines.js';
import { toCaseFacts } from '../../../src/adapters/figures-facts-mappers.js';
import type { CaseRecord } from '../../../src/domain/case/case-record.js';
import { caseRowOf } from '../../../src/domain/figures/case-table.js';
import { caseRecord } from '../../fixtures/case-records.js';

const at = (iso: string) => new Date(iso);
const base = caseRecord({ createdAt: at('2026-05-04T08:00:00.700Z'), updatedAt: at('2026-05-20T08:00:00Z') });
const decided = {
  decision: 'health-services-first',
  servicesNeeded: 'both',
  kelaCooperation: true,
  followUps: [],
  recordedAt: at('2026-05-14T10:00:00Z'),
  recordedBy: 'c',
} as const;
const meeting = (isCancelled: boolean, doneAt: Date | null) => ({
  consent: null,
  meeting: {
    eventId: 'e',
    organizer: 'w',
    attendees: ['w'],
    start: at('2026-05-12T09:00:00Z'),
    end: at('2026-05-12T09:45:00Z'),
    joinUrl: 'https://teams.example/j',
    bookedAt: at('2026-05-05T09:00:00Z'),
    isCancelled,
  },
  review: { dueDate: '2026-05-19', doneAt },
});
const events = (...xs: [CaseRecord['events'][number]['type'], string][]) =>
  xs.map(([type, iso]) => ({ type, at: at(iso), by: 'w' }));

describe('figures facts lines', () => {
  it.each<[string, Partial<CaseRecord>]>([
    ['a submitted case', { events: events(['submitted', '2026-05-04T08:00:00.700Z']) }],
    [
      'a decided case, returned once before',
      {
        status: 'discussed',
        outcome: decided,
        events: events(
          ['submitted', '2026-05-04T08:00:00Z'],
          ['returned', '2026-05-05T08:00:00Z'],
          ['discussed', '2026-05-14T10:00:00Z'],
        ),
      },
    ],
    [
      'a closed case with a network meeting and its review done',
      {
        status: 'closed',
        network: meeting(false, at('2026-05-18T12:00:00Z')),
        events: events(['submitted', '2026-05-04T08:00:00Z'], ['closed', '2026-05-20T08:00:00Z']),
      },
    ],
    [
      'a cancelled meeting',
      { network: meeting(true, null), events: events(['submitted', '2026-05-04T08:00:00Z']) },
    ],
    [
      'an event before the record was created, and an area code with a comma',
      {
        details: { ...base.details, areaCode: 'ylä,savo' },
        events: events(['submitted', '2026-05-01T08:00:00Z'], ['discussed', '2026-05-02T08:00:00Z']),
      },
    ],
  ])('keeps %s as the same counting row', (_, over) => {
    const c = { ...base, ...over };
    expect(decodeCaseLine(encodeCaseLine(c), Infinity)).toEqual(caseRowOf(toCaseFacts(c)));
  });

  it('reads the key and version, the retention end, and skips a case created after the range', () => {
    const closed = {
      ...base,
      status: 'closed' as const,
      version: 12,
      events: events(['closed', '2026-05-20T08:00:00Z']),
    };
    const line = encodeCaseLine(closed);
    expect(keyOf(line).version).toBe(12);
    expect(retentionEndOf(line)).toBe(Date.parse('2026-05-20T08:00:00Z') / 1000);
    expect(retentionEndOf(encodeCaseLine(base))).toBe(0);
    expect(decodeCaseLine(line, Date.parse('2026-05-04T08:00:00Z') / 1000)).toBeUndefined();
  });

  it('keeps referrals and sessions', () => {
    const referral = {
      id: 'r1',
      areaCode: 'kuopio',
      organisation: 'kela',
      ageGroup: '23-29',
      recordedAt: at('2026-05-20T10:00:00Z'),
      recordedBy: { userId: 'u', tenantId: 't' },
    } as const;
    expect(decodeReferralLine(encodeReferralLine(referral))).toEqual({
      areaCode: 'kuopio',
      organisation: 'kela',
      ageGroup: '23-29',
      recordedAt: referral.recordedAt,
    });
    const session = {
      id: 'team|2026-05-12',
      teamId: 'team',
      areaCode: 'pori',
      date: '2026-05-12',
      start: at('2026-05-12T08:00:00Z'),
      end: at('2026-05-12T10:00:00Z'),
      status: 'planned',
      capacity: 4,
      caseIds: ['a', 'b', 'c', 'd', 'e'],
      meeting: null,
      version: 3,
    } as const;
    expect(decodeSessionLine(encodeSessionLine(session))).toEqual({
      areaCode: 'pori',
      start: session.start,
      status: 'planned',
      capacity: 4,
      caseCount: 5,
    });
  });
});
