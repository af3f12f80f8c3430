/**
 * The synthetic pilot, generated whole from a seed: several hundred cases over the pilot's months in three areas,
 * the area teams' sessions, and the direct referrals that bypassed the team. Pure: the same options give the
 * same pilot, which is what makes the dev seed idempotent and the tests' expectations stable.
 */
import type { AgeGroup, Organisation } from '../../domain/case/vocabulary.js';
import { monthsOf, SPRING_PILOT_2026, type PilotWindow } from '../../domain/figures/period.js';
import { newPilotCase, playCase, submissionIn, type PilotCase } from './pilot-cases.js';
import { PILOT_AREAS } from './pilot-profiles.js';
import { pilotRandom, type PilotRandom } from './pilot-random.js';
import { pilotSessions, type PilotSession } from './pilot-sessions.js';

export interface PilotOptions {
  readonly pilot: PilotWindow;
  readonly caseCount: number;
  readonly referralCount: number;
  readonly seed: number;
}

export const DEFAULT_PILOT: PilotOptions = {
  pilot: SPRING_PILOT_2026,
  caseCount: 420,
  referralCount: 140,
  seed: 20_260_101,
};

export interface PilotReferral {
  readonly id: string;
  readonly areaCode: string;
  readonly organisation: Organisation;
  readonly ageGroup: AgeGroup;
  readonly recordedAt: Date;
  readonly ownerIndex: number;
}

export interface Pilot {
  readonly cases: readonly PilotCase[];
  /** By area code, in start order. */
  readonly sessions: ReadonlyMap<string, readonly PilotSession[]>;
  readonly referrals: readonly PilotReferral[];
}

/** Synthetic workers who bring the pilot's cases (none of them is a playground user, so My cases stays clean). */
export const PILOT_WORKER_COUNT = 36;

/** The pilot ramps up over its first months, as new pilots do. */
const RAMP = [0.6, 0.85, 1, 1.05, 1.1, 1] as const;

function submissionTimes(r: PilotRandom, pilot: PilotWindow, count: number): Date[] {
  const months = monthsOf({ kind: 'pilot' }, pilot);
  const weights = months.map((m, i) => [m, RAMP[Math.min(i, RAMP.length - 1)]!] as const);
  return Array.from({ length: count }, () => {
    const m = r.weighted(weights);
    return submissionIn(r, m.year, m.month);
  }).sort((a, b) => a.getTime() - b.getTime());
}

const pad = (n: number) => String(n + 1).padStart(4, '0');
export const pilotCaseId = (index: number): string => `pilot-case-${pad(index)}`;

export function generatePilot(options: PilotOptions = DEFAULT_PILOT): Pilot {
  const r = pilotRandom(options.seed);
  const areas: readonly (readonly [string, number])[] = PILOT_AREAS;
  const sessions = new Map<string, PilotSession[]>(
    PILOT_AREAS.map(([code]) => [code, pilotSessions(code, options.pilot)]),
  );
  const cases = submissionTimes(r, options.pilot, options.caseCount).map((at, i) =>
    newPilotCase(r, pilotCaseId(i), r.weighted(areas), at, PILOT_WORKER_COUNT),
  );
  for (const c of cases) playCase(r, c, sessions.get(c.areaCode) ?? []);
  const referrals = submissionTimes(r, options.pilot, options.referralCount).map(
    (recordedAt, i): PilotReferral => ({
      id: `pilot-referral-${pad(i)}`,
      areaCode: r.weighted(areas),
      organisation: r.weighted<Organisation>([
        ['employment-authority', 0.7],
        ['wellbeing-social', 0.12],
        ['wellbeing-health', 0.06],
        ['kela', 0.12],
      ]),
      ageGroup: r.weighted<AgeGroup>([
        ['under-23', 0.2],
        ['23-29', 0.25],
        ['30-plus', 0.55],
      ]),
      recordedAt,
      ownerIndex: r.int(0, PILOT_WORKER_COUNT - 1),
    }),
  );
  return { cases, sessions, referrals };
}
