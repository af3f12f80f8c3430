import { SCALE_DOMAINS } from '../domain/case/vocabulary.js';
import type { ScaleDomain, ScaleLevel } from '../domain/case/vocabulary.js';
import type { TriageMessages } from './describe-reason.js';

/** The five level descriptions of a domain, level 1 first. */
export type LevelTexts = readonly [string, string, string, string, string];

export type ScaleDomainText = {
  readonly domain: ScaleDomain;
  readonly name: string;
  readonly levels: LevelTexts;
};

/** Levels are 1-based in the model and 0-based in the tuple; a table keeps the index a known tuple position. */
const LEVEL_INDEX = { 1: 0, 2: 1, 3: 2, 4: 3, 5: 4 } as const satisfies Record<ScaleLevel, number>;

/** Every domain of the social-situation scale with its level descriptions, in the model's order, for a card. */
export function describeScale(t: TriageMessages): readonly ScaleDomainText[] {
  return SCALE_DOMAINS.map((domain) => ({ domain, ...t.scale.domains[domain] }));
}

/** The description the worker picked, e.g. housing 3 = "Remarks, repeated moves, rent arrears". */
export function describeScaleLevel(domain: ScaleDomain, level: ScaleLevel, t: TriageMessages): string {
  return t.scale.domains[domain].levels[LEVEL_INDEX[level]];
}
