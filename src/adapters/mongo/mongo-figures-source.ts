import type { Collection } from 'mongodb';
import type { FiguresFacts } from '../../domain/figures/facts.js';
import type { TimeRange } from '../../domain/figures/period.js';
import type { FiguresSource } from '../../ports/figures-source.js';
import {
  OPEN_STATUSES,
  toCaseFacts,
  toReferralFacts,
  toSessionFacts,
  type CaseFactsSource,
} from '../figures-facts-mappers.js';
import type { CaseDocument, ReferralDocument, SessionDocument } from './mongo-mappers.js';
import { storeCall } from './store-call.js';

/** Only the coded fields travel: an inclusive projection, so case text, owners and references never leave the server. */
const CASE_FIELDS = {
  _id: 0,
  status: 1,
  events: 1,
  'outcome.decision': 1,
  'outcome.servicesNeeded': 1,
  'outcome.kelaCooperation': 1,
  'outcome.recordedAt': 1,
  'details.areaCode': 1,
  'details.organisation': 1,
  'details.ageGroup': 1,
  'details.form': 1,
  'details.scale': 1,
  'details.kelaCriteria': 1,
  'recommendation.outcome': 1,
} as const;

/**
 * The figures' facts from MongoDB with plain finds (FerretDB v1 has no date expressions): cases created before the
 * range ends that were written in it or are still open; counting and medians happen in application code.
 */
export class MongoFiguresSource implements FiguresSource {
  constructor(
    private readonly cases: Collection<CaseDocument>,
    private readonly referrals: Collection<ReferralDocument>,
    private readonly sessions: Collection<SessionDocument>,
  ) {}

  async load(range: TimeRange): Promise<FiguresFacts> {
    const within = { $gte: range.start, $lt: range.end };
    const [cases, referrals, sessions] = await Promise.all([
      storeCall('figures.cases', () =>
        this.cases
          .find(
            {
              createdAt: { $lt: range.end },
              $or: [{ updatedAt: { $gte: range.start } }, { status: { $in: [...OPEN_STATUSES] } }],
            },
            { projection: CASE_FIELDS },
          )
          .toArray(),
      ),
      storeCall('figures.referrals', () =>
        this.referrals
          .find(
            { recordedAt: within },
            { projection: { _id: 0, areaCode: 1, organisation: 1, ageGroup: 1, recordedAt: 1 } },
          )
          .toArray(),
      ),
      storeCall('figures.sessions', () =>
        this.sessions
          .find(
            { start: within },
            { projection: { _id: 0, areaCode: 1, start: 1, status: 1, capacity: 1, caseIds: 1 } },
          )
          .toArray(),
      ),
    ]);
    return {
      cases: (cases as unknown as CaseFactsSource[]).map(toCaseFacts),
      referrals: (referrals as unknown as ReferralDocument[]).map(toReferralFacts),
      sessions: (sessions as unknown as SessionDocument[]).map(toSessionFacts),
    };
  }
}
