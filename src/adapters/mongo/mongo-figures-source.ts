import type { Collection, Db } from 'mongodb';
import type { CaseRecord } from '../../domain/case/case-record.js';
import type { FiguresFacts } from '../../domain/figures/facts.js';
import type { TimeRange } from '../../domain/figures/period.js';
import type { DirectReferral } from '../../domain/referral/direct-referral.js';
import type { TeamSession } from '../../domain/team/session.js';
import type { FiguresSource } from '../../ports/figures-source.js';
import { MongoCaseRepository } from './mongo-case-repository.js';
import type { MongoCollections } from './mongo-collections.js';
import { MongoFiguresFacts } from './mongo-figures-facts.js';
import type { CaseDocument, ReferralDocument, SessionDocument } from './mongo-mappers.js';
import { MongoReferralRepository } from './mongo-referral-repository.js';
import { MongoRetentionStore } from './mongo-retention-store.js';
import { MongoSessionRepository } from './mongo-session-repository.js';

/**
 * The figures' facts from MongoDB: from their compact copy (mongo-figures-facts.ts), which the repositories below
 * keep on every write. Counting and medians happen in application code (FerretDB v1 has neither date expressions
 * nor several accumulators per `$group`, and it would scan every document anyway).
 */
export class MongoFiguresSource implements FiguresSource {
  readonly facts: MongoFiguresFacts;

  constructor(db: Db) {
    this.facts = new MongoFiguresFacts(db);
  }

  load(range: TimeRange): Promise<FiguresFacts> {
    return this.facts.load(range);
  }
}

/** Cases, whose figures facts are kept on every write (cases are written only through here). */
export class FactKeepingCaseRepository extends MongoCaseRepository {
  constructor(
    cases: Collection<CaseDocument>,
    private readonly facts: MongoFiguresFacts,
  ) {
    super(cases);
  }

  override async insert(c: CaseRecord): Promise<boolean> {
    const isNew = await super.insert(c);
    if (isNew) await this.facts.keepCases([c]);
    return isNew;
  }

  override async replace(c: CaseRecord, expectedVersion: number): Promise<boolean> {
    const isDone = await super.replace(c, expectedVersion);
    if (isDone) await this.facts.keepCases([c]);
    return isDone;
  }
}

/** Direct referrals, kept as figures facts too (a repeated insert is the same line). */
export class FactKeepingReferralRepository extends MongoReferralRepository {
  constructor(
    referrals: Collection<ReferralDocument>,
    private readonly facts: MongoFiguresFacts,
  ) {
    super(referrals);
  }

  override async insert(r: DirectReferral): Promise<void> {
    await super.insert(r);
    await this.facts.keepReferral(r);
  }
}

/** Team sessions, kept as figures facts too. */
export class FactKeepingSessionRepository extends MongoSessionRepository {
  constructor(
    sessions: Collection<SessionDocument>,
    private readonly facts: MongoFiguresFacts,
  ) {
    super(sessions);
  }

  override async insert(s: TeamSession): Promise<boolean> {
    const isNew = await super.insert(s);
    if (isNew) await this.facts.keepSession(s);
    return isNew;
  }

  override async replace(s: TeamSession, expectedVersion: number): Promise<boolean> {
    const isDone = await super.replace(s, expectedVersion);
    if (isDone) await this.facts.keepSession(s);
    return isDone;
  }
}

/** The retention store that drops the figures facts of the cases it deletes. */
export class FactKeepingRetentionStore extends MongoRetentionStore {
  constructor(
    c: Pick<MongoCollections, 'cases' | 'dedupe'>,
    private readonly facts: MongoFiguresFacts,
  ) {
    super(c);
  }

  override async deleteRecords(endedBefore: Date): Promise<number> {
    const deleted = await super.deleteRecords(endedBefore);
    await this.facts.prune(endedBefore);
    return deleted;
  }
}
