import { describe, expect, it } from 'vitest';
import type { ScaleDomain, ScaleLevel } from '../../../src/domain/case/vocabulary.js';
import { scaleOf } from '../../fixtures/scale.js';
import { assessScale, isScaleLow, scaleReasons, socialPeakLevel } from '../../../src/domain/triage/scale.js';

describe('assessScale', () => {
  it.each<[string, Partial<Record<ScaleDomain, ScaleLevel>>, ScaleDomain[], ScaleDomain[], boolean]>([
    ['no concern anywhere', {}, [], [], false],
    ['level 2 is not yet a challenge', { housing: 2, finances: 2, health: 2 }, [], [], false],
    ['level 3 is a challenge, not severe', { housing: 3 }, ['housing'], [], false],
    ['level 4 is severe', { housing: 4 }, ['housing'], ['housing'], false],
    ['level 5 is severe', { health: 5 }, ['health'], ['health'], false],
    [
      'two challenged domains are not yet several',
      { employment: 3, finances: 3 },
      ['employment', 'finances'],
      [],
      false,
    ],
    [
      'three challenged domains are several',
      { employment: 3, finances: 3, housing: 3 },
      ['housing', 'employment', 'finances'],
      [],
      true,
    ],
    [
      'three domains with one at level 2 are not several',
      { employment: 3, finances: 3, housing: 2 },
      ['employment', 'finances'],
      [],
      false,
    ],
    [
      'lists domains in the model order',
      { 'social-relationships': 5, 'managing-affairs': 3, health: 4, appointments: 2 },
      ['managing-affairs', 'health', 'social-relationships'],
      ['health', 'social-relationships'],
      true,
    ],
  ])('%s', (_name, levels, concernDomains, severeDomains, isMultiDomainChallenge) => {
    expect(assessScale(scaleOf(levels))).toEqual({ concernDomains, severeDomains, isMultiDomainChallenge });
  });

  it('counts all seven domains at level 5', () => {
    const all = scaleOf({
      'managing-affairs': 5,
      appointments: 5,
      housing: 5,
      employment: 5,
      finances: 5,
      health: 5,
      'social-relationships': 5,
    });
    const assessment = assessScale(all);
    expect(assessment.concernDomains).toHaveLength(7);
    expect(assessment.severeDomains).toHaveLength(7);
  });
});

describe('isScaleLow', () => {
  it.each<[string, Partial<Record<ScaleDomain, ScaleLevel>>, boolean]>([
    ['all level 1', {}, true],
    ['two challenges at level 3', { employment: 3, finances: 3 }, true],
    ['one severe domain', { housing: 4 }, false],
    ['a multi-domain challenge', { employment: 3, finances: 3, housing: 3 }, false],
  ])('%s → %s', (_name, levels, expected) => {
    expect(isScaleLow(assessScale(scaleOf(levels)))).toBe(expected);
  });
});

describe('socialPeakLevel', () => {
  it.each<[string, Partial<Record<ScaleDomain, ScaleLevel>>, ScaleLevel]>([
    ['is 1 when nothing is raised', {}, 1],
    ['ignores health', { health: 5 }, 1],
    ['ignores employment', { employment: 5 }, 1],
    ['takes the highest social domain', { housing: 3, finances: 4, appointments: 2 }, 4],
  ])('%s', (_name, levels, expected) => {
    expect(socialPeakLevel(scaleOf(levels))).toBe(expected);
  });
});

describe('scaleReasons', () => {
  it.each<[string, Partial<Record<ScaleDomain, ScaleLevel>>, string[]]>([
    ['says there are no concerns', {}, ['no-scale-concerns']],
    ['names the challenged domains below the multi-domain threshold', { finances: 3 }, ['concern-domains']],
    ['flags a multi-domain challenge', { finances: 3, housing: 3, health: 3 }, ['multi-domain-challenge']],
    ['adds severe domains', { finances: 4 }, ['concern-domains', 'severe-domains']],
  ])('%s', (_name, levels, codes) => {
    expect(scaleReasons(assessScale(scaleOf(levels))).map((reason) => reason.code)).toEqual(codes);
  });

  it('carries the count and the domains of a multi-domain challenge', () => {
    const levels = { housing: 3, finances: 4, health: 3, 'social-relationships': 3 } as const;
    expect(scaleReasons(assessScale(scaleOf(levels)))[0]).toEqual({
      code: 'multi-domain-challenge',
      params: { count: 4, domains: ['housing', 'finances', 'health', 'social-relationships'] },
    });
  });
});
