import type { TeamSession } from '../../domain/team/session.js';
import type { SessionRepository } from '../../ports/session-repository.js';

/** Sessions in process memory. Copies in and out, like a real store. */
export class MemorySessionRepository implements SessionRepository {
  private readonly byId = new Map<string, TeamSession>();

  async insert(s: TeamSession): Promise<boolean> {
    if (this.byId.has(s.id)) return false;
    this.byId.set(s.id, structuredClone(s));
    return true;
  }

  async get(id: string): Promise<TeamSession | undefined> {
    const s = this.byId.get(id);
    return s && structuredClone(s);
  }

  /** Every stored session, uncopied: for readers in this process that copy what they keep (the figures). */
  stored(): Iterable<TeamSession> {
    return this.byId.values();
  }

  async listByTeam(teamId: string, after: Date, limit: number): Promise<TeamSession[]> {
    return [...this.byId.values()]
      .filter((s) => s.teamId === teamId && s.end > after)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((s) => structuredClone(s));
  }

  async replace(s: TeamSession, expectedVersion: number): Promise<boolean> {
    const stored = this.byId.get(s.id);
    if (!stored || stored.version !== expectedVersion) return false;
    this.byId.set(s.id, structuredClone(s));
    return true;
  }
}
