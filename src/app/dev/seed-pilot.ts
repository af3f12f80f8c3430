/**
 * Development only: the synthetic spring pilot, written through the stores port (memory or MongoDB) so the figures,
 * the dashboard and the CSV show something on first start. Idempotent: ids are fixed, a restart finds the pilot's
 * last case and adds nothing, and a seed cut short resumes case by case.
 */
import { findArea } from '../../domain/areas.js';
import type { CaseRecord } from '../../domain/case/case-record.js';
import { formatReference } from '../../domain/case/reference.js';
import { calendarDate } from '../../domain/scheduling/calendar-date.js';
import { MEMBER_ROLES, type ConsultationTeam } from '../../domain/team/team.js';
import type { Stores } from '../../ports/stores.js';
import type { AppDeps } from '../app-deps.js';
import { DEMO_TENANT_ID } from './demo-users.js';
import { helsinkiDate } from './pilot-calendar.js';
import { DEFAULT_PILOT, generatePilot, type PilotOptions } from './pilot-plan.js';
import { PILOT_AREAS } from './pilot-profiles.js';
import { caseRecordAt, sessionAt } from './pilot-records.js';
import { MINUTES_PER_CASE, PILOT_RHYTHMS } from './pilot-sessions.js';

export interface SeedPilotOptions {
  /** The moment the store is seeded at: later steps of the pilot have not happened yet. */
  readonly asOf: Date;
  readonly tenantId?: string;
  readonly pilot?: PilotOptions;
}

export interface PilotSeedSummary {
  readonly cases: number;
  readonly referrals: number;
  readonly sessions: number;
  readonly teams: number;
}

const HORIZON_MS = 8 * 7 * 24 * 3_600_000;
const MAX_REFERENCE_TRIES = 5;
const syntheticId = (group: number, index: number) =>
  `00000000-0000-4000-8000-${(group * 0x1000 + index).toString(16).padStart(12, '0')}`;
/** Synthetic Entra object ids: workers 0xf000…, convenors 0xc000…, standing members 0xe000…. */
export const pilotWorkerId = (index: number): string => syntheticId(0xf, index);
const convenorIdOf = (areaIndex: number) => syntheticId(0xc, areaIndex);

function pilotTeam(areaCode: string, areaIndex: number, tenantId: string, options: PilotOptions) {
  const plan = PILOT_RHYTHMS[areaCode]!;
  const createdAt = new Date(Date.UTC(options.pilot.first.year, options.pilot.first.month - 1, 1));
  const team: ConsultationTeam = {
    id: `pilot-team-${areaCode}`,
    areaCode,
    convenor: { userId: convenorIdOf(areaIndex), tenantId },
    members: MEMBER_ROLES.map((role, i) => ({ role, ref: syntheticId(0xe, areaIndex * 16 + i) })),
    rhythm: {
      ...plan.rhythm,
      firstDate: calendarDate(options.pilot.first.year, options.pilot.first.month, 8),
    },
    minutesPerCase: MINUTES_PER_CASE,
    casesPerSession: plan.capacity,
    conversation: null,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
  return team;
}

/** Each pilot area's team: the one it has (the demo team in Kuopio), else a synthetic one from the pilot's start. */
async function ensureTeams(stores: Stores, tenantId: string, options: PilotOptions) {
  const teams = new Map<string, { teamId: string; convenorId: string }>();
  let created = 0;
  for (const [index, [areaCode]] of PILOT_AREAS.entries()) {
    let team = await stores.teams.findByArea(areaCode);
    if (!team) {
      const fresh = pilotTeam(areaCode, index, tenantId, options);
      if (await stores.teams.insert(fresh)) created += 1;
      team = (await stores.teams.findByArea(areaCode)) ?? fresh;
    }
    teams.set(areaCode, { teamId: team.id, convenorId: team.convenor.userId });
  }
  return { teams, created };
}

/** Stores one case under the area's next free reference; false when it was stored before. */
async function insertCase(stores: Stores, record: Omit<CaseRecord, 'reference'>): Promise<boolean> {
  if (await stores.cases.get(record.id)) return false;
  const prefix = findArea(record.details.areaCode)?.prefix ?? 'TYM';
  const year = Number(helsinkiDate(record.createdAt).slice(0, 4));
  for (let attempt = 0; attempt < MAX_REFERENCE_TRIES; attempt++) {
    const reference = formatReference(prefix, year, await stores.references.next(prefix, year));
    if (await stores.cases.insert({ ...record, reference })) return true;
    if (await stores.cases.get(record.id)) return false;
  }
  throw new Error('could not allocate a free case reference');
}

/** Seeds the synthetic pilot into `stores` as it stands at `asOf` (tests call this on stores of their own). */
export async function seedPilot(stores: Stores, options: SeedPilotOptions): Promise<PilotSeedSummary> {
  const config = options.pilot ?? DEFAULT_PILOT;
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const pilot = generatePilot(config);
  const { teams, created } = await ensureTeams(stores, tenantId, config);
  const who = (areaCode: string, ownerIndex: number) => ({
    owner: { userId: pilotWorkerId(ownerIndex), tenantId },
    ...teams.get(areaCode)!,
  });
  const records = new Map(
    pilot.cases.flatMap((c) => {
      const record = caseRecordAt(c, options.asOf, who(c.areaCode, c.ownerIndex));
      return record ? [[c.id, record] as const] : [];
    }),
  );
  const last = [...records.keys()].at(-1);
  const empty = { cases: 0, referrals: 0, sessions: 0, teams: created };
  if (last === undefined || (await stores.cases.get(last))) return empty;
  let sessions = 0;
  for (const [areaCode, list] of pilot.sessions)
    for (const s of list) {
      const session = sessionAt(s, teams.get(areaCode)!.teamId, records);
      const isRelevant =
        session.caseIds.length > 0 || s.start.getTime() < options.asOf.getTime() + HORIZON_MS;
      if (isRelevant && (await stores.sessions.insert(session))) sessions += 1;
    }
  let cases = 0;
  for (const record of records.values()) if (await insertCase(stores, record)) cases += 1;
  const referrals = pilot.referrals.filter((r) => r.recordedAt <= options.asOf);
  for (const r of referrals)
    await stores.referrals.insert({
      id: r.id,
      organisation: r.organisation,
      areaCode: r.areaCode,
      ageGroup: r.ageGroup,
      recordedAt: r.recordedAt,
      recordedBy: { userId: pilotWorkerId(r.ownerIndex), tenantId },
    });
  return { cases, referrals: referrals.length, sessions, teams: created };
}

/** The dev command's seed (DEV_SEED=1, unless DEV_SEED_PILOT=false): the configured pilot window, as of now. */
export async function seedPilotDemo(deps: AppDeps): Promise<PilotSeedSummary | undefined> {
  const offered = new Set(deps.areas.map((a) => a.code));
  if (!PILOT_AREAS.every(([code]) => offered.has(code))) return undefined;
  const pilot = { ...DEFAULT_PILOT, pilot: deps.figures?.pilot ?? DEFAULT_PILOT.pilot };
  return seedPilot(deps.stores, { asOf: deps.clock.now(), pilot });
}
