import type { ConsultationTeam } from '../../domain/team/team.js';
import type { TeamRepository } from '../../ports/team-repository.js';

/** Teams in process memory; one per area, as MongoDB's unique index keeps it. */
export class MemoryTeamRepository implements TeamRepository {
  private readonly byId = new Map<string, ConsultationTeam>();

  async insert(team: ConsultationTeam): Promise<boolean> {
    if (this.byId.has(team.id) || (await this.findByArea(team.areaCode))) return false;
    this.byId.set(team.id, structuredClone(team));
    return true;
  }

  async get(id: string): Promise<ConsultationTeam | undefined> {
    const t = this.byId.get(id);
    return t && structuredClone(t);
  }

  async findByArea(areaCode: string): Promise<ConsultationTeam | undefined> {
    const t = [...this.byId.values()].find((x) => x.areaCode === areaCode);
    return t && structuredClone(t);
  }

  async list(): Promise<ConsultationTeam[]> {
    return [...this.byId.values()]
      .sort((a, b) => a.areaCode.localeCompare(b.areaCode))
      .map((t) => structuredClone(t));
  }

  async replace(team: ConsultationTeam, expectedVersion: number): Promise<boolean> {
    const stored = this.byId.get(team.id);
    if (!stored || stored.version !== expectedVersion || stored.areaCode !== team.areaCode) return false;
    this.byId.set(team.id, structuredClone(team));
    return true;
  }
}
