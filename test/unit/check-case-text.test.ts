import { describe, expect, it } from 'vitest';
import { noMorphology } from '../../src/adapters/morphology/no-morphology.js';
import { checkCaseText } from '../../src/app/check-case-text.js';

const clean = 'Asiakas on ollut pitkään työttömänä ja vuokrarästejä on kertynyt.';

describe('checkCaseText', () => {
  it('passes clean text', () => {
    expect(
      checkCaseText({ description: clean, question: 'Mikä polku sopii?' }, undefined, noMorphology),
    ).toEqual({
      ok: true,
    });
  });

  it('refuses a blocking finding even when the worker sends a warnings key', () => {
    const r = checkCaseText(
      { description: `${clean} Hetu 131052-308T.`, question: 'Mitä tehdään?' },
      'anything',
      noMorphology,
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.isWarningOnly).toBe(false);
    expect(!r.ok && r.findings.map((f) => [f.field, f.kind, f.masked])).toEqual([
      ['description', 'identity-code', '131052-***T'],
    ]);
  });

  it('refuses warnings once, then passes the same text when the worker confirms exactly those warnings', () => {
    const text = { description: `${clean} Yrityksen Y-tunnus on 2077474-0.`, question: 'Mitä tehdään?' };
    const first = checkCaseText(text, undefined, noMorphology);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.isWarningOnly).toBe(true);
    expect(checkCaseText(text, first.warningsKey, noMorphology)).toEqual({ ok: true });
    const changed = { ...text, question: 'Mitä tehdään? Toinen Y-tunnus 0737546-2.' };
    expect(checkCaseText(changed, first.warningsKey, noMorphology).ok).toBe(false);
  });

  it('never puts the unmasked passage into a finding', () => {
    const r = checkCaseText(
      { description: `${clean} Soita 040 123 4567.`, question: 'Mitä?' },
      undefined,
      noMorphology,
    );
    expect(JSON.stringify(r)).not.toContain('040 123 4567');
  });
});
