import { SCALE_DOMAINS } from '../case/vocabulary.js';
import type { ScaleDomain, ScaleLevel, SocialSituationScale } from '../case/vocabulary.js';
import type { ScaleReason } from './reason.js';

/**
 * Level 3 is the first level whose descriptions (needs reminders and guidance, rent arrears, debts and
 * enforcement, work ability not examined, few relationships) no longer describe a situation the client
 * handles alone; levels 1–2 are everyday life with minor strain, so they do not count as a challenge.
 */
export const CONCERN_LEVEL: ScaleLevel = 3;

/**
 * Level 4 is where the situation has escalated to consequences or dependence (another person handles
 * affairs, appointments do not happen, warnings, overdue bills, treatment not followed, isolation).
 * Taking only level 5 as severe would miss most clients the team should see early.
 */
export const SEVERE_LEVEL: ScaleLevel = 4;

/**
 * "Challenges in several domains at the same time" (the model's rule of thumb). Employment is at level 3
 * or more for nearly every long-term unemployed client, so two domains would flag almost everyone;
 * three separates a multi-domain situation from a mainly employment-plus-one situation.
 */
export const MULTI_DOMAIN_MIN = 3;

/** The domains that social services answer for; health and employment have their own paths. */
export const SOCIAL_DOMAINS = [
  'managing-affairs',
  'appointments',
  'housing',
  'finances',
  'social-relationships',
] as const satisfies readonly ScaleDomain[];

/** A domain with the level the worker picked, e.g. housing 4: what a reason names when the level matters. */
export type DomainLevel = { readonly domain: ScaleDomain; readonly level: ScaleLevel };

export type ScaleAssessment = {
  /** Domains at CONCERN_LEVEL or above, in the model's order. */
  readonly concernDomains: readonly ScaleDomain[];
  /** Domains at SEVERE_LEVEL or above, in the model's order (a subset of concernDomains). */
  readonly severeDomains: readonly ScaleDomain[];
  /** At least MULTI_DOMAIN_MIN concern domains: the need for service coordination should be assessed. */
  readonly isMultiDomainChallenge: boolean;
};

export function assessScale(scale: SocialSituationScale): ScaleAssessment {
  const concernDomains = domainsAtOrAbove(scale, CONCERN_LEVEL);
  return {
    concernDomains,
    severeDomains: domainsAtOrAbove(scale, SEVERE_LEVEL),
    isMultiDomainChallenge: concernDomains.length >= MULTI_DOMAIN_MIN,
  };
}

/** True when nothing on the scale asks for a closer look: no multi-domain challenge and nothing severe. */
export function isScaleLow(assessment: ScaleAssessment): boolean {
  return !assessment.isMultiDomainChallenge && assessment.severeDomains.length === 0;
}

/** The highest level among the social domains; compared with health to pick social or health services first. */
export function socialPeakLevel(scale: SocialSituationScale): ScaleLevel {
  return SOCIAL_DOMAINS.reduce<ScaleLevel>(
    (peak, domain) => (scale[domain] > peak ? scale[domain] : peak),
    1,
  );
}

/** What the scale says, as reasons: how many domains are challenged (or none), and which are severe. */
export function scaleReasons(assessment: ScaleAssessment): readonly ScaleReason[] {
  const domains = assessment.concernDomains;
  const count = domains.length;
  const challenge: ScaleReason = assessment.isMultiDomainChallenge
    ? { code: 'multi-domain-challenge', params: { count, domains } }
    : count > 0
      ? { code: 'concern-domains', params: { count, domains } }
      : { code: 'no-scale-concerns' };
  const severe = assessment.severeDomains;
  return severe.length > 0
    ? [challenge, { code: 'severe-domains', params: { domains: severe } }]
    : [challenge];
}

/** The given domains at `level` or above, with their levels, in the model's order. */
export function levelsAtOrAbove(
  scale: SocialSituationScale,
  domains: readonly ScaleDomain[],
  level: ScaleLevel,
): readonly DomainLevel[] {
  return SCALE_DOMAINS.filter((domain) => domains.includes(domain) && scale[domain] >= level).map(
    (domain) => ({ domain, level: scale[domain] }),
  );
}

function domainsAtOrAbove(scale: SocialSituationScale, level: ScaleLevel): readonly ScaleDomain[] {
  return SCALE_DOMAINS.filter((domain) => scale[domain] >= level);
}
