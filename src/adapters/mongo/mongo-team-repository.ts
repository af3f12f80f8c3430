import type { Collection } from 'mongodb';
import type { ConsultationTeam } from '../../domain/team/team.js';
import type { TeamRepository } from '../../ports/team-repository.js';
import { fromTeamDocument, toTeamDocument, type TeamDocument } from './mongo-mappers.js';
import { requireInteger, requireString } from './safe-filter.js';
import { isDuplicateKey, storeCall } from './store-call.js';

/** Largest number of teams listed: one per employment area. */
const MAX_TEAMS = 500;

export class MongoTeamRepository implements TeamRepository {
  constructor(private readonly teams: Collection<TeamDocument>) {}

  async insert(team: ConsultationTeam): Promise<boolean> {
    const op = 'teams.insert';
    const doc = toTeamDocument(guard(team, op));
    return storeCall(op, async () => {
      try {
        await this.teams.insertOne(doc);
        return true;
      } catch (e) {
        // the area has a team (unique index), or the id is taken
        if (!isDuplicateKey(e)) throw e;
        return false;
      }
    });
  }

  async get(id: string): Promise<ConsultationTeam | undefined> {
    const _id = requireString(id, 'id', 'teams.get');
    const doc = await storeCall('teams.get', () => this.teams.findOne({ _id }));
    return doc ? fromTeamDocument(doc) : undefined;
  }

  async findByArea(areaCode: string): Promise<ConsultationTeam | undefined> {
    const area = requireString(areaCode, 'areaCode', 'teams.findByArea');
    const doc = await storeCall('teams.findByArea', () => this.teams.findOne({ areaCode: area }));
    return doc ? fromTeamDocument(doc) : undefined;
  }

  async list(): Promise<ConsultationTeam[]> {
    const docs = await storeCall('teams.list', () =>
      this.teams.find({}).sort({ areaCode: 1 }).limit(MAX_TEAMS).toArray(),
    );
    return docs.map(fromTeamDocument);
  }

  async replace(team: ConsultationTeam, expectedVersion: number): Promise<boolean> {
    const op = 'teams.replace';
    const version = requireInteger(expectedVersion, 'expectedVersion', op);
    const { _id, ...rest } = toTeamDocument(guard(team, op));
    const r = await storeCall(op, () =>
      this.teams.replaceOne({ _id, version, areaCode: rest.areaCode }, rest),
    );
    return r.matchedCount === 1;
  }
}

function guard(t: ConsultationTeam, op: string): ConsultationTeam {
  requireString(t.id, 'id', op);
  requireString(t.areaCode, 'areaCode', op);
  return t;
}
