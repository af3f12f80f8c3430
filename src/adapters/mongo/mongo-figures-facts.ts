/**
 * The figures' facts kept apart from the records, as lines in a few long documents (figures-facts-lines.ts): the
 * figures read about two hundred documents instead of every case, referral and session. FerretDB v1 (the test
 * server) parses every document it scans in full, about 1 ms for a case, so reading the cases took minutes at
 * 100,000; on MongoDB the driver decodes a few strings instead of 100,000 nested documents.
 *
 * Buckets: `c|<creation month>|<shard>` (cases, by a hash of the id), `r|<month>` (referrals), `s` (sessions).
 * Kept on every write of a record (mongo-figures-source.ts) and dropped with a case by the retention purge. A bucket
 * changes by read, edit and a write conditional on its version, retried when another write came first. When the
 * stored format differs from the code's, or keeping failed, the next read rebuilds everything from the records.
 */
import type { Collection, Db } from 'mongodb';
import { CaseTable } from '../../domain/figures/case-table.js';
import type { FiguresFacts } from '../../domain/figures/facts.js';
import type { TimeRange } from '../../domain/figures/period.js';
import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import type { TeamSession } from '../../domain/team/session.js';
import {
  decodeCaseLines,
  decodeReferralLine,
  decodeSessionLine,
  encodeCaseLine,
  encodeReferralLine,
  encodeSessionLine,
  FACTS_FORMAT,
  factsKey,
  keyOf,
  retentionEndOf,
  type FactsLineSource,
} from '../figures-facts-lines.js';
import { COLLECTION_NAMES } from './mongo-collections.js';
import { fromReferralDocument, fromSessionDocument } from './mongo-mappers.js';
import { isDuplicateKey, storeCall } from './store-call.js';

const FIGURES_FACTS_COLLECTION = 'figures_facts';

interface BucketDocument {
  readonly _id: string;
  readonly v: number;
  /** Lines separated by `\n`; the meta document's is the format. */
  readonly f: string;
}

/** Sorts after every bucket id, so the range queries never return it. */
const META_ID = '~meta';
const SHARDS = 32;
const RETRIES = 8;

/** The coded fields a rebuild reads from the cases: nothing else leaves the server. */
const CASE_FIELDS = Object.fromEntries(
  [
    ...['_id', 'version', 'createdAt', 'updatedAt', 'status', 'events', 'outcome', 'network'],
    ...['areaCode', 'organisation', 'ageGroup', 'form', 'scale', 'kelaCriteria'].map((f) => `details.${f}`),
    'recommendation.outcome',
  ].map((f) => [f, 1]),
);

const monthOf = (d: Date) => d.toISOString().slice(0, 7);
const caseBucket = (c: FactsLineSource) =>
  `c|${monthOf(c.createdAt)}|${parseInt(factsKey(c.id).slice(0, 4), 36) % SHARDS}`;
const referralBucket = (r: DirectReferral) => `r|${monthOf(r.recordedAt)}`;
const SESSIONS = 's';

export class MongoFiguresFacts {
  private readonly buckets: Collection<BucketDocument>;

  constructor(private readonly db: Db) {
    this.buckets = db.collection<BucketDocument>(FIGURES_FACTS_COLLECTION);
  }

  /** Every case created before the range ends (the counting decides what falls in it), and the referrals and sessions. */
  async load(range: TimeRange): Promise<FiguresFacts> {
    const meta = await storeCall('figures.meta', () => this.buckets.findOne({ _id: META_ID }));
    if (meta?.f !== FACTS_FORMAT) await this.rebuild();
    const [first, last] = [monthOf(range.start), monthOf(range.end)];
    const docs = await storeCall('figures.facts', () =>
      this.buckets
        .find({
          $or: [
            { _id: { $gte: 'c|', $lte: `c|${last}|~` } },
            { _id: { $gte: `r|${first}`, $lte: `r|${last}` } },
            { _id: SESSIONS },
          ],
        })
        .toArray(),
    );
    const cases = new CaseTable();
    const end = range.end.getTime() / 1000;
    const [from, to] = [range.start.getTime(), range.end.getTime()];
    const inRange = (at: Date) => at.getTime() >= from && at.getTime() < to;
    const facts = {
      cases,
      referrals: [] as FiguresFacts['referrals'][number][],
      sessions: [] as FiguresFacts['sessions'][number][],
    };
    for (const d of docs) {
      if (d._id.startsWith('c|')) {
        decodeCaseLines(d.f, end, cases);
        continue;
      }
      for (const line of d.f.split('\n')) {
        if (!line) continue;
        if (d._id === SESSIONS) {
          const s = decodeSessionLine(line);
          if (inRange(s.start)) facts.sessions.push(s);
        } else {
          const r = decodeReferralLine(line);
          if (inRange(r.recordedAt)) facts.referrals.push(r);
        }
      }
    }
    return facts;
  }

  keepCases(cases: readonly FactsLineSource[]): Promise<void> {
    return this.keep(cases, caseBucket, encodeCaseLine);
  }

  keepReferral(r: DirectReferral): Promise<void> {
    return this.keep([r], referralBucket, encodeReferralLine);
  }

  keepSession(s: TeamSession): Promise<void> {
    return this.keep([s], () => SESSIONS, encodeSessionLine);
  }

  /** Drops the facts of cases that ended before `endedBefore`, as the retention purge deletes those cases. */
  async prune(endedBefore: Date): Promise<void> {
    const cutoff = endedBefore.getTime() / 1000;
    const isExpired = (line: string) => {
      const ended = retentionEndOf(line);
      return ended > 0 && ended < cutoff;
    };
    const docs = await storeCall('figures.prune', () =>
      this.buckets.find({ _id: { $gte: 'c|', $lt: 'c|~' } }).toArray(),
    );
    for (const d of docs)
      if (d.f.split('\n').some(isExpired))
        await this.edit(d._id, (lines) => lines.filter((l) => !isExpired(l)));
  }

  /** The next read rebuilds the facts from the records. */
  async invalidate(): Promise<void> {
    await storeCall('figures.invalidate', () => this.buckets.deleteOne({ _id: META_ID }));
  }

  /** Rebuilds every bucket from the records stored, then marks the facts current. */
  async rebuild(): Promise<void> {
    const [cases, referrals, sessions] = await storeCall('figures.rebuild', () =>
      Promise.all([
        this.db.collection(COLLECTION_NAMES.cases).find({}, { projection: CASE_FIELDS }).toArray(),
        this.db.collection(COLLECTION_NAMES.referrals).find({}).toArray(),
        this.db.collection(COLLECTION_NAMES.sessions).find({}).toArray(),
      ]),
    );
    await this.rebuildFrom({
      cases: cases.map((d) => ({ ...(d as unknown as FactsLineSource), id: String(d['_id']) })),
      referrals: referrals.map((d) => fromReferralDocument(d as never)),
      sessions: sessions.map((d) => fromSessionDocument(d as never)),
    });
  }

  /** Replaces every bucket with the facts of these records (a bulk load writes once per bucket), then marks them current. */
  async rebuildFrom(records: {
    readonly cases: readonly FactsLineSource[];
    readonly referrals?: readonly DirectReferral[];
    readonly sessions?: readonly TeamSession[];
  }): Promise<void> {
    const lines = new Map<string, string[]>();
    const put = <T>(xs: readonly T[], bucket: (x: T) => string, encode: (x: T) => string) => {
      for (const x of xs) {
        const id = bucket(x);
        (lines.get(id) ?? lines.set(id, []).get(id)!).push(encode(x));
      }
    };
    put(records.cases, caseBucket, encodeCaseLine);
    put(records.referrals ?? [], referralBucket, encodeReferralLine);
    put(records.sessions ?? [], () => SESSIONS, encodeSessionLine);
    await storeCall('figures.rebuild', async () => {
      for (const [_id, ls] of lines)
        await this.buckets.replaceOne({ _id }, { v: 1, f: ls.join('\n') }, { upsert: true });
      await this.buckets.deleteMany({ _id: { $nin: [...lines.keys(), META_ID] } });
      await this.buckets.replaceOne({ _id: META_ID }, { v: 1, f: FACTS_FORMAT }, { upsert: true });
    });
  }

  /** Merges the records' lines into their buckets; a failure is not the writer's: the next read rebuilds instead. */
  private async keep<T>(xs: readonly T[], bucket: (x: T) => string, encode: (x: T) => string): Promise<void> {
    try {
      const byBucket = new Map<string, string[]>();
      for (const x of xs)
        (byBucket.get(bucket(x)) ?? byBucket.set(bucket(x), []).get(bucket(x))!).push(encode(x));
      for (const [id, incoming] of byBucket) await this.edit(id, (lines) => merge(lines, incoming));
    } catch {
      await this.invalidate().catch(() => undefined);
    }
  }

  /** Read, edit, write if nobody wrote in between; again if somebody did. */
  private async edit(_id: string, change: (lines: string[]) => string[]): Promise<void> {
    for (let attempt = 0; attempt < RETRIES; attempt++) {
      const doc = await storeCall('figures.keep', () => this.buckets.findOne({ _id }));
      const f = change(doc?.f ? doc.f.split('\n') : []).join('\n');
      const isWritten = await storeCall('figures.keep', async () => {
        if (doc)
          return (
            (await this.buckets.updateOne({ _id, v: doc.v }, { $set: { f, v: doc.v + 1 } })).matchedCount ===
            1
          );
        try {
          await this.buckets.insertOne({ _id, v: 1, f });
          return true;
        } catch (e) {
          if (isDuplicateKey(e)) return false;
          throw e;
        }
      });
      if (isWritten) return;
    }
    throw new Error(`figures facts: bucket ${_id} kept changing`);
  }
}

/** The bucket's lines with each record's newest line: an older version arriving late does not replace a newer one. */
function merge(lines: readonly string[], incoming: readonly string[]): string[] {
  const out = [...lines];
  const at = new Map(out.map((l, i) => [keyOf(l).key, i]));
  for (const line of incoming) {
    const { key, version } = keyOf(line);
    const i = at.get(key);
    if (i === undefined) at.set(key, out.push(line) - 1);
    else if (keyOf(out[i]!).version <= version) out[i] = line;
  }
  return out;
}
