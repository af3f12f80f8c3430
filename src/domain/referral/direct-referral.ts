import type { AgeGroup, Organisation } from '../case/vocabulary.js';

/** A client referred to TYM without the consultation team: counted by the evaluators, carries no text. */
export interface DirectReferral {
  readonly id: string;
  readonly organisation: Organisation;
  readonly areaCode: string;
  readonly ageGroup: AgeGroup;
  readonly recordedAt: Date;
  /** Teams object id + tenant of the worker who recorded it. */
  readonly recordedBy: { readonly userId: string; readonly tenantId: string };
}
