import type { Collection } from 'mongodb';
import type { TeamSession } from '../../domain/team/session.js';
import type { SessionRepository } from '../../ports/session-repository.js';
import { fromSessionDocument, toSessionDocument, type SessionDocument } from './mongo-mappers.js';
import { requireDate, requireInteger, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

const MAX_LIST = 200;

export class MongoSessionRepository implements SessionRepository {
  constructor(private readonly sessions: Collection<SessionDocument>) {}

  async insert(s: TeamSession): Promise<boolean> {
    const op = 'sessions.insert';
    const doc = toSessionDocument(guard(s, op));
    return storeCall(op, async () => {
      try {
        await this.sessions.insertOne(doc);
        return true;
      } catch (e) {
        // generated (or created) before: the same occurrence or transaction
        if (!isDuplicateKey(e)) throw e;
        return false;
      }
    });
  }

  async get(id: string): Promise<TeamSession | undefined> {
    const _id = requireString(id, 'id', 'sessions.get');
    const doc = await storeCall('sessions.get', () => this.sessions.findOne({ _id }));
    return doc ? fromSessionDocument(doc) : undefined;
  }

  async listByTeam(teamId: string, after: Date, limit: number): Promise<TeamSession[]> {
    const op = 'sessions.listByTeam';
    const filter = {
      teamId: requireString(teamId, 'teamId', op),
      negEnd: { $lt: -requireDate(after, 'after', op).getTime() },
    };
    const n = Math.min(requireInteger(limit, 'limit', op), MAX_LIST);
    if (n === 0) return [];
    const docs = await storeCall(op, () =>
      this.sessions.find(filter).sort({ start: 1, _id: 1 }).limit(n).toArray(),
    );
    return docs.map(fromSessionDocument);
  }

  async replace(s: TeamSession, expectedVersion: number): Promise<boolean> {
    const op = 'sessions.replace';
    const version = requireInteger(expectedVersion, 'expectedVersion', op);
    const { _id, ...rest } = toSessionDocument(guard(s, op));
    const r = await storeCall(op, () => this.sessions.replaceOne({ _id, version }, rest));
    return r.matchedCount === 1;
  }
}

function guard(s: TeamSession, op: string): TeamSession {
  requireString(s.id, 'id', op);
  requireString(s.teamId, 'teamId', op);
  return s;
}
