import { describe, expect, it } from 'vitest';
import { checkIntakeRules } from '../../../src/domain/case/intake-rules.js';
import type { NetworkParty } from '../../../src/domain/case/vocabulary.js';

describe('checkIntakeRules', () => {
  it.each([
    ['team', false, [], []],
    ['network', true, ['kela'], []],
    ['network', false, ['kela'], ['network-consent-required']],
    ['network', true, [], ['network-parties-required']],
    ['network', false, [], ['network-consent-required', 'network-parties-required']],
  ] as const)('form %s, consent %s, parties %o -> %o', (form, hasNetworkConsent, parties, codes) => {
    const problems = checkIntakeRules({
      form,
      hasNetworkConsent,
      networkParties: parties as readonly NetworkParty[],
    });
    expect(problems.map((p) => p.code)).toEqual(codes);
  });
});
