import type { CaseRecord } from '../domain/case/case-record.js';
import type { CaseFacts, NetworkFacts, ReferralFacts, SessionFacts } from '../domain/figures/facts.js';
import type { DirectReferral } from '../domain/referral/direct-referral.js';
import type { TeamSession } from '../domain/team/session.js';

/** The coded fields of a case the figures read; both adapters fetch exactly these. */
export type CaseFactsSource = Pick<CaseRecord, 'status' | 'events' | 'outcome' | 'network'> & {
  readonly details: Pick<
    CaseRecord['details'],
    'areaCode' | 'organisation' | 'ageGroup' | 'form' | 'scale' | 'kelaCriteria'
  >;
  readonly recommendation: Pick<CaseRecord['recommendation'], 'outcome'>;
};

/** Statuses of a case still in progress (the bottleneck lists read them too). */
export const OPEN_STATUSES = ['submitted', 'scheduled', 'returned'] as const;

export function toCaseFacts(c: CaseFactsSource): CaseFacts {
  const o = c.outcome;
  return {
    areaCode: c.details.areaCode,
    organisation: c.details.organisation,
    ageGroup: c.details.ageGroup,
    form: c.details.form,
    status: c.status,
    scale: c.details.scale,
    hasKelaCriteria: c.details.kelaCriteria.length > 0,
    recommended: c.recommendation.outcome,
    outcome: o && {
      decision: o.decision,
      servicesNeeded: o.servicesNeeded,
      kelaCooperation: o.kelaCooperation,
      recordedAt: o.recordedAt,
    },
    events: c.events.map((e) => ({ type: e.type, at: e.at })),
    network: c.network ? toNetworkFacts(c.network) : undefined,
  };
}

/** The meeting counts unless cancelled; the review with the client is kept as it stands. */
function toNetworkFacts(n: NonNullable<CaseRecord['network']>): NetworkFacts | undefined {
  if (!n.meeting && !n.review) return undefined;
  return {
    meetingStart: n.meeting && !n.meeting.isCancelled ? n.meeting.start : null,
    review: n.review && { dueDate: n.review.dueDate, doneAt: n.review.doneAt },
  };
}

export const toReferralFacts = (r: Omit<DirectReferral, 'id' | 'recordedBy'>): ReferralFacts => ({
  areaCode: r.areaCode,
  organisation: r.organisation,
  ageGroup: r.ageGroup,
  recordedAt: r.recordedAt,
});

export const toSessionFacts = (
  s: Pick<TeamSession, 'areaCode' | 'start' | 'status' | 'capacity' | 'caseIds'>,
): SessionFacts => ({
  areaCode: s.areaCode,
  start: s.start,
  status: s.status,
  capacity: s.capacity,
  caseCount: s.caseIds.length,
});
