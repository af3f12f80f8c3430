/**
 * Held-out corpora C, D, E, G, I, K, N, R, T, V, W, X and O (`test/fixtures/anonymity/held-out-c/`, `-d/`, `-e/`, `-g/`,
 * `-i/`, `-k/`, `-n/`, `-r/`, `-t/`, `-v/`, `-w/`, `-x/`, `-o/`, each written apart from the detector and committed before it was evaluated on it): recall per
 * kind and clean refusal/warning rates, with Voikko and in list mode. Aggregates only, no ids of missed or refused
 * texts, so that reading the result does not invite tuning against it.
 * Run: npx tsx bench/anonymity-held-out.ts
 */
import type { AnalyseWord } from '../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../src/domain/anonymity/names.js';
import type { CleanText } from '../test/fixtures/anonymity/clean-corpus.js';
import { HELD_OUT_C_CLEAN } from '../test/fixtures/anonymity/held-out-c/clean.js';
import { HELD_OUT_C_PLANTED } from '../test/fixtures/anonymity/held-out-c/planted.js';
import { HELD_OUT_D_CLEAN } from '../test/fixtures/anonymity/held-out-d/clean.js';
import { HELD_OUT_D_PLANTED } from '../test/fixtures/anonymity/held-out-d/planted.js';
import { HELD_OUT_E_CLEAN } from '../test/fixtures/anonymity/held-out-e/clean.js';
import { HELD_OUT_E_PLANTED } from '../test/fixtures/anonymity/held-out-e/planted.js';
import { HELD_OUT_G_CLEAN } from '../test/fixtures/anonymity/held-out-g/clean.js';
import { HELD_OUT_G_PLANTED } from '../test/fixtures/anonymity/held-out-g/planted.js';
import { HELD_OUT_I_CLEAN } from '../test/fixtures/anonymity/held-out-i/clean.js';
import { HELD_OUT_I_PLANTED } from '../test/fixtures/anonymity/held-out-i/planted.js';
import { HELD_OUT_K_CLEAN } from '../test/fixtures/anonymity/held-out-k/clean.js';
import { HELD_OUT_K_PLANTED } from '../test/fixtures/anonymity/held-out-k/planted.js';
import { HELD_OUT_N_CLEAN } from '../test/fixtures/anonymity/held-out-n/clean.js';
import { HELD_OUT_N_PLANTED } from '../test/fixtures/anonymity/held-out-n/planted.js';
import { HELD_OUT_R_CLEAN } from '../test/fixtures/anonymity/held-out-r/clean.js';
import { HELD_OUT_R_PLANTED } from '../test/fixtures/anonymity/held-out-r/planted.js';
import { HELD_OUT_T_CLEAN } from '../test/fixtures/anonymity/held-out-t/clean.js';
import { HELD_OUT_T_PLANTED } from '../test/fixtures/anonymity/held-out-t/planted.js';
import { HELD_OUT_V_CLEAN } from '../test/fixtures/anonymity/held-out-v/clean.js';
import { HELD_OUT_V_PLANTED } from '../test/fixtures/anonymity/held-out-v/planted.js';
import { HELD_OUT_W_CLEAN } from '../test/fixtures/anonymity/held-out-w/clean.js';
import { HELD_OUT_W_PLANTED } from '../test/fixtures/anonymity/held-out-w/planted.js';
import { HELD_OUT_X_CLEAN } from '../test/fixtures/anonymity/held-out-x/clean.js';
import { HELD_OUT_X_PLANTED } from '../test/fixtures/anonymity/held-out-x/planted.js';
import { HELD_OUT_O_CLEAN } from '../test/fixtures/anonymity/held-out-o/clean.js';
import { HELD_OUT_O_PLANTED } from '../test/fixtures/anonymity/held-out-o/planted.js';
import type { PlantedText } from '../test/fixtures/anonymity/planted-corpus.js';
import { openVoikkoAnalyser } from '../test/fixtures/anonymity/voikko-analyser.js';
import { printTable } from './support/accuracy-tables.js';

const voikko = openVoikkoAnalyser();
const modes: ReadonlyArray<readonly [string, AnalyseWord]> = [
  ...(voikko ? [['Voikko', voikko] as const] : []),
  ['list mode (no Voikko)', knowsNoWord],
];
const corpora: ReadonlyArray<readonly [string, readonly CleanText[], readonly PlantedText[]]> = [
  ['C', HELD_OUT_C_CLEAN, HELD_OUT_C_PLANTED],
  ['D', HELD_OUT_D_CLEAN, HELD_OUT_D_PLANTED],
  ['E', HELD_OUT_E_CLEAN, HELD_OUT_E_PLANTED],
  ['G', HELD_OUT_G_CLEAN, HELD_OUT_G_PLANTED],
  ['I', HELD_OUT_I_CLEAN, HELD_OUT_I_PLANTED],
  ['K', HELD_OUT_K_CLEAN, HELD_OUT_K_PLANTED],
  ['N', HELD_OUT_N_CLEAN, HELD_OUT_N_PLANTED],
  ['R', HELD_OUT_R_CLEAN, HELD_OUT_R_PLANTED],
  ['T', HELD_OUT_T_CLEAN, HELD_OUT_T_PLANTED],
  ['V', HELD_OUT_V_CLEAN, HELD_OUT_V_PLANTED],
  ['W', HELD_OUT_W_CLEAN, HELD_OUT_W_PLANTED],
  ['X', HELD_OUT_X_CLEAN, HELD_OUT_X_PLANTED],
  ['O', HELD_OUT_O_CLEAN, HELD_OUT_O_PLANTED],
];
// `-- G` prints one corpus only
const only = process.argv[2];
if (!voikko) console.log('Voikko is not installed here: only the list-mode tables follow.');
for (const [letter, clean, planted] of corpora) {
  if (only && only !== letter) continue;
  console.log(`\n## Held-out corpus ${letter} (held-out-${letter.toLowerCase()}/, never tuned against)`);
  for (const [mode, analyse] of modes)
    printTable(`Held-out corpus ${letter}, ${mode}`, clean, planted, analyse, false);
}
