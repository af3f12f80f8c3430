import type { TeamSession } from '../domain/team/session.js';

/** A consultation team's sessions and their agendas. Adapters throw StoreError on infrastructure failures. */
export interface SessionRepository {
  /** Stores a new session; `false` when its id is taken (generated before: the same occurrence). */
  insert(session: TeamSession): Promise<boolean>;
  get(id: string): Promise<TeamSession | undefined>;
  /** The team's sessions that end after `after`, in start order, at most `limit`. */
  listByTeam(teamId: string, after: Date, limit: number): Promise<TeamSession[]>;
  /** Replaces the session if the stored version is `expectedVersion`; `false` when another write came first. */
  replace(session: TeamSession, expectedVersion: number): Promise<boolean>;
}
