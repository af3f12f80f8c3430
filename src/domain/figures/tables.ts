/**
 * The fixed figure tables (DOMAIN.md §2 "Follow-up") as counting rules over coded facts: for one period, each
 * table gives its categories and what one case, referral or session counts towards.
 */
import { agreementOf, DECISIONS, SERVICES_NEEDED } from '../case/outcome.js';
import { SCALE_DOMAINS, type SocialSituationScale } from '../case/vocabulary.js';
import type { TimeRange } from './period.js';
import type { CaseFacts, FiguresFacts } from './facts.js';

export const TABLE_IDS = [
  'flow',
  'outcomes',
  'services',
  'referral-route',
  'multidisciplinary',
  'agreement',
  'differed-towards',
  'bottlenecks',
  'profile',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Counts of a table by `group|column`. */
export type Tally = Map<string, number>;

export interface TableRule {
  readonly columns: readonly string[];
  /** The columns partition a whole, so a total column is published. */
  readonly hasColumnTotal: boolean;
}

export interface CountSettings {
  /** A case waiting longer than this (days) from submission without being discussed is a bottleneck. */
  readonly waitingThresholdDays: number;
}

const DAY_MS = 86_400_000;
const isIn = (at: Date, r: TimeRange) => at >= r.start && at < r.end;
const hasEventIn = (c: CaseFacts, type: string, r: TimeRange) =>
  c.events.some((e) => e.type === type && isIn(e.at, r));
const firstAt = (c: CaseFacts, type: string) => c.events.find((e) => e.type === type)?.at;

/** At least 3 ("challenges") on the social-situation scale. */
const challengedDomains = (s: SocialSituationScale) => SCALE_DOMAINS.filter((d) => s[d] >= 3);

/**
 * Clear multidisciplinary need: the team decided on a TYM client relationship, or the scale shows challenges in
 * three or more domains at once (the model's rule of thumb for assessing coordination).
 */
export const hasClearMultidisciplinaryNeed = (c: CaseFacts): boolean =>
  c.outcome?.decision === 'tym-client' || challengedDomains(c.scale).length >= 3;

export const TABLES: Record<TableId, TableRule> = {
  flow: { columns: ['brought', 'network-held'], hasColumnTotal: false },
  outcomes: { columns: DECISIONS, hasColumnTotal: true },
  services: { columns: SERVICES_NEEDED, hasColumnTotal: true },
  'referral-route': { columns: ['via-team', 'direct'], hasColumnTotal: true },
  multidisciplinary: { columns: ['clear-need'], hasColumnTotal: false },
  agreement: { columns: ['agreed', 'differed', 'no-recommendation'], hasColumnTotal: true },
  'differed-towards': { columns: DECISIONS, hasColumnTotal: true },
  bottlenecks: {
    columns: ['waiting-over-threshold', 'returned', 'sessions-over-capacity'],
    hasColumnTotal: false,
  },
  profile: { columns: [...SCALE_DOMAINS, 'three-plus-domains', 'kela'], hasColumnTotal: false },
};

/** Everything counted in `range`, per table by group and column; `groupOf` maps a fact to its group. */
export function tally(
  facts: FiguresFacts,
  range: TimeRange,
  groupOf: (f: { areaCode: string; organisation?: string; ageGroup?: string }) => string | undefined,
  settings: CountSettings,
): Map<TableId, Tally> {
  const out = new Map<TableId, Tally>(TABLE_IDS.map((id) => [id, new Map()]));
  const add = (table: TableId, group: string | undefined, column: string) => {
    if (group === undefined) return;
    const counts = out.get(table)!;
    const key = `${group}|${column}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const asOf = range.end;
  for (const c of facts.cases) {
    const g = groupOf(c);
    const brought = hasEventIn(c, 'submitted', range);
    if (brought) add('flow', g, 'brought');
    if (
      c.form === 'network' &&
      (hasEventIn(c, 'network-reviewed', range) || hasEventIn(c, 'discussed', range))
    )
      add('flow', g, 'network-held');
    if (brought) {
      const challenged = challengedDomains(c.scale);
      for (const d of challenged) add('profile', g, d);
      if (challenged.length >= 3) add('profile', g, 'three-plus-domains');
      if (c.hasKelaCriteria || c.outcome?.kelaCooperation) add('profile', g, 'kela');
    }
    for (const e of c.events)
      if (e.type === 'returned' && isIn(e.at, range)) add('bottlenecks', g, 'returned');
    const submitted = firstAt(c, 'submitted');
    const ended = c.events.find((e) => ['discussed', 'closed', 'withdrawn'].includes(e.type) && e.at < asOf);
    if (
      submitted &&
      submitted < asOf &&
      !ended &&
      asOf.getTime() - submitted.getTime() > settings.waitingThresholdDays * DAY_MS
    )
      add('bottlenecks', g, 'waiting-over-threshold');
    const o = c.outcome;
    if (!o || !isIn(o.recordedAt, range)) continue;
    add('outcomes', g, o.decision);
    add('services', g, o.servicesNeeded);
    if (o.decision === 'tym-client') add('referral-route', g, 'via-team');
    if (hasClearMultidisciplinaryNeed(c)) add('multidisciplinary', g, 'clear-need');
    const agreement = agreementOf(c.recommended, o.decision);
    add('agreement', g, agreement);
    if (agreement === 'differed') add('differed-towards', g, o.decision);
  }
  for (const r of facts.referrals) if (isIn(r.recordedAt, range)) add('referral-route', groupOf(r), 'direct');
  for (const s of facts.sessions)
    if (s.status === 'planned' && isIn(s.start, range) && s.caseCount > s.capacity)
      add('bottlenecks', groupOf({ areaCode: s.areaCode }), 'sessions-over-capacity');
  return out;
}
