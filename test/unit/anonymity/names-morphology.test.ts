import { describe, expect, it } from 'vitest';
import { detectNames } from '../../../src/domain/anonymity/names.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { DEV_CLEAN, DEV_NAMES } from '../../fixtures/anonymity/dev-corpus.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const analyse = openVoikkoAnalyser();

/** Voikko is installed by .ci/run; where it is missing these run in list mode elsewhere (names.test.ts). */
describe.runIf(analyse)('personal names with Voikko morphology', () => {
  const blockedNames = (text: string) =>
    detectNames(text, analyse)
      .filter((f) => f.severity === 'block')
      .map((f) => text.slice(f.start, f.end));

  it.each(DEV_NAMES.map(([text, names]) => [text, names] as const))('in "%s" blocks %j', (text, names) => {
    expect(blockedNames(text)).toEqual(names);
  });

  it.each(DEV_CLEAN)('does not refuse "%s"', (text) => {
    expect(scanText(text, analyse).filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('warns at most about a partitive homograph opening a sentence', () => {
    expect(detectNames('Taimia kasvatetaan.', analyse).every((f) => f.severity === 'warn')).toBe(true);
  });
});
