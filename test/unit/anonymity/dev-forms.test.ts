/** Structured identifiers in the forms of dev-corpus.ts: found with and without morphology. */
import { describe, expect, it } from 'vitest';
import type { AnalyseWord } from '../../../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../../../src/domain/anonymity/names.js';
import { scanText } from '../../../src/domain/anonymity/scan-text.js';
import { DEV_STRUCTURED, DEV_STRUCTURED_CLEAN } from '../../fixtures/anonymity/dev-corpus.js';
import { openVoikkoAnalyser } from '../../fixtures/anonymity/voikko-analyser.js';

const voikko = openVoikkoAnalyser();
const modes: ReadonlyArray<readonly [string, AnalyseWord]> = [
  ['list mode', knowsNoWord],
  ...(voikko ? [['Voikko', voikko] as const] : []),
];

describe.each(modes)('structured personal data in development forms (%s)', (_mode, analyse) => {
  it.each(DEV_STRUCTURED.map((row) => [...row]))(
    'in "%s" finds the %s "%s" (%s)',
    (text, kind, span, severity) => {
      const found = scanText(text, analyse).map((f) => [f.kind, text.slice(f.start, f.end), f.severity]);
      expect(found).toContainEqual([kind, span, severity]);
    },
  );

  it.each(DEV_STRUCTURED_CLEAN)('finds nothing structured in "%s"', (text) => {
    expect(scanText(text, analyse).filter((f) => f.kind !== 'name')).toEqual([]);
  });
});
