import type { Collection } from 'mongodb';
import type { TimeRange } from '../../domain/figures/period.js';
import type { BottleneckFacts, BottleneckSource } from '../../ports/bottleneck-source.js';
import { toBottleneckFacts, type BottleneckFactsSource } from '../bottleneck-facts-mappers.js';
import { OPEN_STATUSES } from '../figures-facts-mappers.js';
import type { CaseDocument } from './mongo-mappers.js';
import { requireString } from './safe-filter.js';
import { storeCall } from './store-call.js';

/** An inclusive projection: text, owner and the rest of the case never leave the server. */
const FIELDS = {
  _id: 0,
  reference: 1,
  status: 1,
  events: 1,
  'network.review': 1,
  'network.meeting.isCancelled': 1,
} as const;

/** The bottleneck list's cases from MongoDB, with the figures' plain find (no date expressions on FerretDB). */
export class MongoBottleneckSource implements BottleneckSource {
  constructor(private readonly cases: Collection<CaseDocument>) {}

  async load(areaCode: string, range: TimeRange): Promise<BottleneckFacts[]> {
    requireString(areaCode, 'areaCode', 'bottlenecks.load');
    const docs = await storeCall('bottlenecks.load', () =>
      this.cases
        .find(
          {
            'details.areaCode': areaCode,
            createdAt: { $lt: range.end },
            $or: [{ updatedAt: { $gte: range.start } }, { status: { $in: [...OPEN_STATUSES] } }],
          },
          { projection: FIELDS },
        )
        .toArray(),
    );
    return (docs as unknown as BottleneckFactsSource[]).map(toBottleneckFacts);
  }
}
