/**
 * A synthetic spring 2026 pilot for the figures bench: cases over the six months in every area, most discussed and
 * decided 1–40 days later, some returned once; a third are network consultations, most with a meeting and a
 * review with the client (some late, some not done); direct referrals and team sessions (some over capacity).
 * Seeded, so every run counts the same data.
 */
import { AREAS } from '../src/domain/areas.js';
import type { CaseRecord } from '../src/domain/case/case-record.js';
import { DECISIONS, SERVICES_NEEDED } from '../src/domain/case/outcome.js';
import {
  AGE_GROUPS,
  ORGANISATIONS,
  OUTCOMES,
  SCALE_DOMAINS,
  type ScaleLevel,
} from '../src/domain/case/vocabulary.js';
import { reviewDueDate } from '../src/domain/network/working-days.js';
import type { DirectReferral } from '../src/domain/referral/direct-referral.js';
import type { TeamSession } from '../src/domain/team/session.js';
import { caseRecord } from '../test/fixtures/case-records.js';

const PILOT_START = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

export function syntheticPilot(n: number): {
  cases: CaseRecord[];
  referrals: DirectReferral[];
  sessions: TeamSession[];
} {
  // mulberry32: a linear congruence in doubles loses bits beyond 2^53 and clusters the picks
  let seed = 42;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const when = () => PILOT_START + Math.floor(random() * 180 * DAY);
  const base = caseRecord();
  const dueDates = new Map<number, string>();
  const cases = Array.from({ length: n }, (_, i): CaseRecord => {
    const at = new Date(when());
    const discussed = new Date(at.getTime() + (1 + Math.floor(random() * 40)) * DAY);
    const isDecided = random() < 0.8;
    const isNetwork = random() < 0.3;
    const meetingStart = new Date(at.getTime() + (3 + Math.floor(random() * 30)) * DAY + 9 * 3_600_000);
    const meetingEnd = new Date(meetingStart.getTime() + 45 * 60_000);
    const dueDay = Math.floor(meetingEnd.getTime() / DAY);
    if (!dueDates.has(dueDay)) dueDates.set(dueDay, reviewDueDate(meetingEnd));
    const reviewDone =
      random() < 0.7 ? new Date(meetingEnd.getTime() + Math.floor(random() * 12) * DAY) : null;
    const returned =
      random() < 0.1 ? [{ type: 'returned' as const, at: new Date(at.getTime() + DAY), by: 'convenor' }] : [];
    const scale = Object.fromEntries(
      SCALE_DOMAINS.map((d) => [d, (1 + Math.floor(random() * 5)) as ScaleLevel]),
    );
    return {
      ...base,
      id: `case-${i}`,
      reference: `BEN-2026-${String(i).padStart(6, '0')}`,
      status: isDecided ? 'discussed' : 'submitted',
      details: {
        ...base.details,
        areaCode: pick(AREAS).code,
        organisation: pick(ORGANISATIONS),
        ageGroup: pick(AGE_GROUPS),
        form: isNetwork ? 'network' : 'team',
        scale: scale as CaseRecord['details']['scale'],
      },
      recommendation: { ...base.recommendation, outcome: pick(OUTCOMES) },
      events: [
        { type: 'submitted', at, by: base.owner.userId },
        ...returned,
        ...(isDecided ? [{ type: 'discussed' as const, at: discussed, by: 'convenor' }] : []),
      ],
      ...(isDecided && {
        outcome: {
          decision: pick(DECISIONS),
          servicesNeeded: pick(SERVICES_NEEDED),
          kelaCooperation: random() < 0.2,
          followUps: [],
          recordedAt: discussed,
          recordedBy: 'convenor',
        },
      }),
      ...(isNetwork && {
        network: {
          consent: { by: base.owner.userId, at, parties: ['social-services'] },
          meeting: {
            eventId: `event-${i}`,
            organizer: base.owner.userId,
            attendees: [base.owner.userId],
            start: meetingStart,
            end: meetingEnd,
            joinUrl: 'https://teams.example/join',
            bookedAt: at,
            isCancelled: random() < 0.05,
          },
          review: { dueDate: dueDates.get(dueDay)!, doneAt: reviewDone },
        },
      }),
      createdAt: at,
      updatedAt: isDecided ? discussed : at,
    };
  });
  const referrals = Array.from({ length: Math.ceil(n / 10) }, (_, i): DirectReferral => ({
    id: `referral-${i}`,
    organisation: pick(ORGANISATIONS),
    areaCode: pick(AREAS).code,
    ageGroup: pick(AGE_GROUPS),
    recordedAt: new Date(when()),
    recordedBy: base.owner,
  }));
  const sessions = Array.from({ length: 26 * AREAS.length }, (_, i): TeamSession => {
    const start = new Date(PILOT_START + (i % 26) * 7 * DAY + 10 * 3_600_000);
    return {
      id: `session-${i}`,
      teamId: `team-${i % AREAS.length}`,
      areaCode: AREAS[i % AREAS.length]!.code,
      date: start.toISOString().slice(0, 10),
      start,
      end: new Date(start.getTime() + 2 * 3_600_000),
      status: 'planned',
      capacity: 6,
      caseIds: Array.from({ length: Math.floor(random() * 8) }, (_, k) => `case-${k}`),
      meeting: null,
      version: 1,
    };
  });
  return { cases, referrals, sessions };
}
