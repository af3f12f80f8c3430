/**
 * Held-out corpus C (`test/fixtures/anonymity/held-out-c/`, written apart from the detector and committed before it
 * was evaluated): recall per kind and clean refusal/warning rates, with Voikko and in list mode. Aggregates only, no
 * ids of missed or refused texts, so that reading the result does not invite tuning against it.
 * Run: npx tsx bench/anonymity-held-out-c.ts
 */
import type { AnalyseWord } from '../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../src/domain/anonymity/names.js';
import { HELD_OUT_C_CLEAN } from '../test/fixtures/anonymity/held-out-c/clean.js';
import { HELD_OUT_C_PLANTED } from '../test/fixtures/anonymity/held-out-c/planted.js';
import { openVoikkoAnalyser } from '../test/fixtures/anonymity/voikko-analyser.js';
import { printTable } from './support/accuracy-tables.js';

const voikko = openVoikkoAnalyser();
const modes: ReadonlyArray<readonly [string, AnalyseWord]> = [
  ...(voikko ? [['Voikko', voikko] as const] : []),
  ['list mode (no Voikko)', knowsNoWord],
];
if (!voikko) console.log('Voikko is not installed here: only the list-mode table follows.');
console.log('\n## Held-out corpus C (held-out-c/, never tuned against)');
for (const [mode, analyse] of modes)
  printTable(`Held-out corpus C, ${mode}`, HELD_OUT_C_CLEAN, HELD_OUT_C_PLANTED, analyse, false);
