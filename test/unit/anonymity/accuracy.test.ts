import { describe, expect, it } from 'vitest';
import type { FindingKind } from '../../../src/domain/anonymity/finding.js';
import { CLEAN_CORPUS } from '../../fixtures/anonymity/clean-corpus.js';
import { HELD_OUT_CLEAN } from '../../fixtures/anonymity/held-out/clean.js';
import { HELD_OUT_PLANTED } from '../../fixtures/anonymity/held-out/planted.js';
import { HELD_OUT_B_CLEAN } from '../../fixtures/anonymity/held-out-b/clean.js';
import { HELD_OUT_B_PLANTED } from '../../fixtures/anonymity/held-out-b/planted.js';
import type { AnalyseWord } from '../../../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../../../src/domain/anonymity/names.js';
import { DEV_H_CLEAN } from '../../fixtures/anonymity/dev-h/clean.js';
import { DEV_H_PLANTED } from '../../fixtures/anonymity/dev-h/planted.js';
import { DEV_L_CLEAN } from '../../fixtures/anonymity/dev-l/clean.js';
import { DEV_L_PLANTED } from '../../fixtures/anonymity/dev-l/planted.js';
import { DEV_M_CLEAN } from '../../fixtures/anonymity/dev-m/clean.js';
import { DEV_M_PLANTED } from '../../fixtures/anonymity/dev-m/planted.js';
import { DEV_P_CLEAN } from '../../fixtures/anonymity/dev-p/clean.js';
import { DEV_P_PLANTED } from '../../fixtures/anonymity/dev-p/planted.js';
import { DEV_Q_CLEAN } from '../../fixtures/anonymity/dev-q/clean.js';
import { DEV_Q_PLANTED } from '../../fixtures/anonymity/dev-q/planted.js';
import { DEV_S_CLEAN } from '../../fixtures/anonymity/dev-s/clean.js';
import { DEV_S_PLANTED } from '../../fixtures/anonymity/dev-s/planted.js';
import { DEV_U_CLEAN } from '../../fixtures/anonymity/dev-u/clean.js';
import { DEV_U_PLANTED } from '../../fixtures/anonymity/dev-u/planted.js';
import { DEV_Y_CLEAN } from '../../fixtures/anonymity/dev-y/clean.js';
import { DEV_Y_PLANTED } from '../../fixtures/anonymity/dev-y/planted.js';
import { DEV_Z_CLEAN } from '../../fixtures/anonymity/dev-z/clean.js';
import { DEV_Z_PLANTED } from '../../fixtures/anonymity/dev-z/planted.js';
import { DEV_AA_ADDRESSES } from '../../fixtures/anonymity/dev-aa/planted-addresses.js';
import { DEV_AA_PHONES_DATES } from '../../fixtures/anonymity/dev-aa/planted-phones-dates.js';
import { measureAccuracy, structuredTally, tallyOf } from '../../fixtures/anonymity/measure-accuracy.js';
import { PLANTED_CORPUS } from '../../fixtures/anonymity/planted-corpus.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const report = measureAccuracy(CLEAN_CORPUS, PLANTED_CORPUS);
const tally = (kind: FindingKind) => tallyOf(report, kind);

describe('the accuracy corpora', () => {
  it('hold at least 50 clean texts of 100-600 characters with unique ids', () => {
    expect(CLEAN_CORPUS.length).toBeGreaterThanOrEqual(50);
    for (const { text } of CLEAN_CORPUS) expect(text.length).toBeGreaterThanOrEqual(100);
    for (const { text } of CLEAN_CORPUS) expect(text.length).toBeLessThanOrEqual(600);
    expect(new Set(CLEAN_CORPUS.map((t) => t.id)).size).toBe(CLEAN_CORPUS.length);
  });

  it('hold at least 100 planted texts whose plants occur verbatim', () => {
    expect(PLANTED_CORPUS.length).toBeGreaterThanOrEqual(100);
    for (const { text, plants } of PLANTED_CORPUS) for (const p of plants) expect(text).toContain(p.value);
    expect(new Set(PLANTED_CORPUS.map((t) => t.id)).size).toBe(PLANTED_CORPUS.length);
  });

  it.each<[FindingKind, number]>([
    ['identity-code', 20],
    ['phone', 15],
    ['email', 10],
    ['iban', 10],
    ['business-id', 5],
    ['date-of-birth', 5],
    ['name', 25],
  ])('plant at least enough %s examples (%i)', (kind, minimum) => {
    expect(tally(kind).planted).toBeGreaterThanOrEqual(minimum);
  });

  it('plant at least 10 street addresses and postal codes together', () => {
    expect(tally('street-address').planted + tally('postal-code').planted).toBeGreaterThanOrEqual(10);
  });
});

describe('the anonymity guard on the corpora', () => {
  it.each<FindingKind>(['identity-code', 'phone', 'email', 'iban'])('blocks every planted %s', (kind) => {
    expect(tally(kind).missedIds).toEqual([]);
    expect(tally(kind).blocked).toBe(tally(kind).planted);
  });

  it('catches at least 95 % of planted names', () => {
    const names = tally('name');
    expect(names.caught / names.planted).toBeGreaterThanOrEqual(0.95);
  });

  it('blocks at least 90 % of planted names (the rest at least warn)', () => {
    const names = tally('name');
    expect(names.blocked / names.planted).toBeGreaterThanOrEqual(0.9);
  });

  it('wrongly refuses at most 5 % of clean texts', () => {
    expect(report.refusedIds.length / report.cleanTexts).toBeLessThanOrEqual(0.05);
  });
});

const analyse = openVoikkoAnalyser();

describe.runIf(analyse)('the anonymity guard with Voikko on the corpora', () => {
  const voikko = measureAccuracy(CLEAN_CORPUS, PLANTED_CORPUS, analyse);
  const kindTally = (kind: FindingKind) => tallyOf(voikko, kind);

  it.each<FindingKind>([
    'identity-code',
    'phone',
    'email',
    'iban',
    'street-address',
    'postal-code',
    'date-of-birth',
  ])('catches every planted %s', (kind) => {
    expect(kindTally(kind).missedIds).toEqual([]);
  });

  it('catches and blocks at least 98 % of planted names', () => {
    const names = kindTally('name');
    expect(names.caught / names.planted).toBeGreaterThanOrEqual(0.98);
    expect(names.blocked / names.planted).toBeGreaterThanOrEqual(0.98);
  });

  it('wrongly refuses no clean text and warns on at most 5 %', () => {
    expect(voikko.refusedIds).toEqual([]);
    expect(voikko.warnedIds.length / voikko.cleanTexts).toBeLessThanOrEqual(0.05);
  });
});

/**
 * Corpus A (written apart from the detector, evaluated once, then tuned against): the targets of issue 8 that the
 * guard met when it was evaluated once are asserted, so that they cannot slip back unnoticed.
 */
describe.runIf(analyse)('the anonymity guard with Voikko on the held-out corpus', () => {
  const heldOut = measureAccuracy(HELD_OUT_CLEAN, HELD_OUT_PLANTED, analyse);
  const kindTally = (kind: FindingKind) => tallyOf(heldOut, kind);

  it.each<FindingKind>(['identity-code', 'phone', 'iban'])('blocks every planted %s', (kind) => {
    expect(kindTally(kind).missedIds).toEqual([]);
    expect(kindTally(kind).blocked).toBe(kindTally(kind).planted);
  });

  it('warns on at most 10 % of clean texts', () => {
    expect(heldOut.warnedIds.length / heldOut.cleanTexts).toBeLessThanOrEqual(0.1);
  });
});

/**
 * Corpus B (written apart from the detector, evaluated once, then read and tuned against on 2026-11-28): the
 * issue-8 targets met in that single run are asserted in both modes, and what the tuning reached with Voikko is
 * kept from slipping back. These are regression guards on development data, not accuracy claims: the honest
 * figures are held-out corpus C's (bench/anonymity-held-out.ts, docs/anonymity.md).
 */
const heldOutBModes: ReadonlyArray<readonly [string, AnalyseWord]> = [
  ['list mode', knowsNoWord],
  ...(analyse ? [['Voikko', analyse] as const] : []),
];

describe.each(heldOutBModes)('the anonymity guard on corpus B (%s)', (_mode, analyseWord) => {
  const heldOutB = measureAccuracy(HELD_OUT_B_CLEAN, HELD_OUT_B_PLANTED, analyseWord);
  const kindTally = (kind: FindingKind) => tallyOf(heldOutB, kind);

  it.each<FindingKind>(['identity-code', 'phone', 'email', 'iban'])('blocks every planted %s', (kind) => {
    expect(kindTally(kind).missedIds).toEqual([]);
    expect(kindTally(kind).blocked).toBe(kindTally(kind).planted);
  });

  it('catches every planted date of birth', () => {
    expect(kindTally('date-of-birth').missedIds).toEqual([]);
  });

  it('warns on at most 10 % of clean texts', () => {
    expect(heldOutB.warnedIds.length / heldOutB.cleanTexts).toBeLessThanOrEqual(0.1);
  });

  it('catches every planted street address and postal code', () => {
    expect(kindTally('street-address').missedIds).toEqual([]);
    expect(kindTally('postal-code').missedIds).toEqual([]);
  });
});

describe.runIf(analyse)('the anonymity guard with Voikko on corpus B, as tuned on 2026-11-28', () => {
  const heldOutB = measureAccuracy(HELD_OUT_B_CLEAN, HELD_OUT_B_PLANTED, analyse);
  const names = tallyOf(heldOutB, 'name');

  it('catches at least 98 % of the planted names', () => {
    expect(names.caught / names.planted).toBeGreaterThanOrEqual(0.98);
  });

  it('refuses no clean text', () => {
    expect(heldOutB.refusedIds).toEqual([]);
  });
});

/**
 * Development corpus H (written apart from the detector from the same briefs as held-out G, then tuned against on
 * 2026-11-28): what the tuning reached with Voikko is kept from slipping back. A regression guard on development
 * data, not an accuracy claim: the honest figures are held-out G's (bench/anonymity-held-out.ts).
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus H, as tuned on 2026-11-28',
  () => {
    const devH = measureAccuracy(DEV_H_CLEAN, DEV_H_PLANTED, analyse);
    const tally = (kind: FindingKind) => tallyOf(devH, kind);

    it('catches at least 96 % of the planted names', () => {
      expect(tally('name').caught / tally('name').planted).toBeGreaterThanOrEqual(0.96);
    });

    it.each<FindingKind>([
      'identity-code',
      'email',
      'iban',
      'street-address',
      'date-of-birth',
      'business-id',
    ])('catches every planted %s', (kind) => {
      expect(tally(kind).missedIds).toEqual([]);
    });

    it('refuses at most 4 % and warns at most 10 % of its trap-laden clean texts', () => {
      expect(devH.refusedIds.length / devH.cleanTexts).toBeLessThanOrEqual(0.04);
      expect(devH.warnedIds.length / devH.cleanTexts).toBeLessThanOrEqual(0.1);
    });
  },
);

/**
 * Development corpus L (written apart from the detector alongside held-out K, then tuned against on 2026-11-28): a
 * regression guard on development data, not an accuracy claim (the honest figures are the held-out sets').
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus L, as tuned on 2026-11-28',
  () => {
    const devL = measureAccuracy(DEV_L_CLEAN, DEV_L_PLANTED, analyse);
    const tally = (kind: FindingKind) => tallyOf(devL, kind);

    it('catches at least 98 % of the planted names', () => {
      expect(tally('name').caught / tally('name').planted).toBeGreaterThanOrEqual(0.98);
    });

    it.each<FindingKind>([
      'identity-code',
      'phone',
      'email',
      'iban',
      'street-address',
      'postal-code',
      'date-of-birth',
      'business-id',
    ])('catches every planted %s', (kind) => {
      expect(tally(kind).missedIds).toEqual([]);
    });

    it('refuses at most 4 % and warns at most 8 % of its clean texts, half of them hard', () => {
      expect(devL.refusedIds.length / devL.cleanTexts).toBeLessThanOrEqual(0.04);
      expect(devL.warnedIds.length / devL.cleanTexts).toBeLessThanOrEqual(0.08);
    });
  },
);

/** Development corpus M (tuned against on 2026-11-28): a regression guard on development data, not an accuracy claim. */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus M, as tuned on 2026-11-28',
  () => {
    const devM = measureAccuracy(DEV_M_CLEAN, DEV_M_PLANTED, analyse);

    it('catches every planted name and at least 99 % of the structured identifiers', () => {
      expect(devM.byKind.get('name')?.missedIds).toEqual([]);
      const { caught, planted } = structuredTally(devM);
      expect(caught / planted).toBeGreaterThanOrEqual(0.99);
    });

    it('refuses at most 5 % and warns at most 7 % of its clean notes', () => {
      expect(devM.refusedIds.length / devM.cleanTexts).toBeLessThanOrEqual(0.05);
      expect(devM.warnedIds.length / devM.cleanTexts).toBeLessThanOrEqual(0.07);
    });
  },
);

/**
 * Development corpus P (written alongside held-out N by other authors, then tuned against on 2026-11-28): a regression
 * guard on development data, not an accuracy claim.
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus P, as tuned on 2026-11-28',
  () => {
    const devP = measureAccuracy(DEV_P_CLEAN, DEV_P_PLANTED, analyse);

    it('catches every planted name and identifier of every kind', () => {
      const missed = [...devP.byKind].flatMap(([kind, tally]) =>
        tally.missedIds.map((id) => `${kind} ${id}`),
      );
      expect(missed).toEqual([]);
    });

    it('refuses at most 2 % and warns at most 6 % of its clean notes, most of them hard', () => {
      expect(devP.refusedIds.length / devP.cleanTexts).toBeLessThanOrEqual(0.02);
      expect(devP.warnedIds.length / devP.cleanTexts).toBeLessThanOrEqual(0.06);
    });
  },
);

/**
 * Development corpus Q (written alongside held-out R by other authors, then tuned against on 2026-11-28): a regression
 * guard on development data, not an accuracy claim. Its one structured miss is a worker's 020 service line.
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus Q, as tuned on 2026-11-28',
  () => {
    const devQ = measureAccuracy(DEV_Q_CLEAN, DEV_Q_PLANTED, analyse);

    it('catches at least 99 % of the planted names and of the structured identifiers', () => {
      const names = tallyOf(devQ, 'name');
      expect(names.caught / names.planted).toBeGreaterThanOrEqual(0.99);
      const { caught, planted } = structuredTally(devQ);
      expect(caught / planted).toBeGreaterThanOrEqual(0.99);
    });

    it('refuses at most 3 % and warns at most 7 % of its clean notes, most of them hard', () => {
      expect(devQ.refusedIds.length / devQ.cleanTexts).toBeLessThanOrEqual(0.03);
      expect(devQ.warnedIds.length / devQ.cleanTexts).toBeLessThanOrEqual(0.07);
    });
  },
);

/**
 * Development corpora S, U, Y and Z (written on 2026-11-28 alongside and after held-out T and with held-out X, then
 * tuned against): regression guards on development data, not accuracy claims. S, U and Y's clean notes were asked to
 * be as hard as their authors could make them, so their rates are far above the other corpora's; Z's are realistic
 * notes with the traps of issue 8. Y's planted notes give structured identifiers in their unusual forms, Z's names in
 * the forms a checker finds hardest.
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpora S, U, Y and Z, as tuned on 2026-11-28',
  () => {
    it.each([
      ['S', DEV_S_CLEAN, DEV_S_PLANTED, 0.97, 0.09, 0.12],
      ['U', DEV_U_CLEAN, DEV_U_PLANTED, 0.96, 0.09, 0.23],
      ['Y', DEV_Y_CLEAN, DEV_Y_PLANTED, 0.99, 0.09, 0.18],
      ['Z', DEV_Z_CLEAN, DEV_Z_PLANTED, 0.97, 0.03, 0.08],
    ] as const)(
      '%s: at least the tuned share of names, every structured identifier, at most the tuned refusals and warnings',
      (_name, clean, planted, names, refused, warned) => {
        const report = measureAccuracy(clean, planted, analyse);
        const tally = tallyOf(report, 'name');
        expect(tally.caught / tally.planted).toBeGreaterThanOrEqual(names);
        const structured = structuredTally(report);
        expect(structured.caught).toBe(structured.planted);
        expect(report.refusedIds.length / report.cleanTexts).toBeLessThanOrEqual(refused);
        expect(report.warnedIds.length / report.cleanTexts).toBeLessThanOrEqual(warned);
      },
    );
  },
);

/**
 * Development corpus AA (written on 2026-11-28 after held-out O, by two other helpers: street addresses and postal
 * codes, phones and birth dates in every form workers type; planted notes only): a regression guard, not a claim.
 */
describe.runIf(analyse)(
  'the anonymity guard with Voikko on development corpus AA, as tuned on 2026-11-28',
  () => {
    it('finds at least the tuned share of its names and structured identifiers', () => {
      const report = measureAccuracy([], [...DEV_AA_ADDRESSES, ...DEV_AA_PHONES_DATES], analyse);
      const names = tallyOf(report, 'name');
      expect(names.caught / names.planted).toBeGreaterThanOrEqual(0.99);
      const structured = structuredTally(report);
      expect(structured.caught / structured.planted).toBeGreaterThanOrEqual(0.98);
    });
  },
);
