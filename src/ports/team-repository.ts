import type { ConsultationTeam } from '../domain/team/team.js';

/** Consultation teams, one per employment area. Adapters throw StoreError on infrastructure failures. */
export interface TeamRepository {
  /** Stores a new team; `false` when its area has a team already or its id is taken. */
  insert(team: ConsultationTeam): Promise<boolean>;
  get(id: string): Promise<ConsultationTeam | undefined>;
  findByArea(areaCode: string): Promise<ConsultationTeam | undefined>;
  /** Every team, by area code (a deployment has one per area: tens, not thousands). */
  list(): Promise<ConsultationTeam[]>;
  /** Replaces the team if the stored version is `expectedVersion`; `false` when another write came first. */
  replace(team: ConsultationTeam, expectedVersion: number): Promise<boolean>;
}
