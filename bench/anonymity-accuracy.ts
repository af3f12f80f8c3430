/**
 * Accuracy of the anonymity guard, as markdown tables for the README and docs/anonymity.md: recall
 * per kind and clean refusal/warning rates, each with Voikko's morphology and in list mode, on
 * - the development corpora: the old ones (written alongside the detector) and corpus A
 *   (`held-out/`, held out once, then read and tuned against: now development data too);
 * - corpus H (`dev-h/`, written on 2026-11-28 from the same briefs as held-out G, by other authors);
 * - corpus J (`dev-j/`, written on 2026-11-28: structured identifiers in their less common written forms);
 * - corpus L (`dev-l/`, written on 2026-11-28 alongside held-out K, by other authors: names and structured identifiers
 *   in whole notes, and clean notes half of them hard);
 * - corpus M (`dev-m/`, written on 2026-11-28 after K's first evaluation: structured identifiers in every written form,
 *   and clean notes everyday, hard, and full of words that are also names);
 * - corpus P (`dev-p/`, written on 2026-11-28 alongside held-out N, by other authors: structured identifiers in their odd
 *   written forms with the names around them, and clean notes, most of them hard);
 * - corpus Q (`dev-q/`, written on 2026-11-28 alongside held-out R, by other authors, from P's briefs);
 * - corpus S (`dev-s/`, written on 2026-11-28 alongside held-out T, by other authors: names and structured identifiers
 *   in every register, and clean notes every one of them hard);
 * - corpus U (`dev-u/`, written on 2026-11-28 after T was committed, by two other helpers: six writers' voices, many
 *   foreign names in English and Finnish, and clean notes every one of them hard);
 * - corpus Y (`dev-y/`, written on 2026-11-28 with held-out X, by two other helpers: structured identifiers in their
 *   unusual forms, and clean notes full of named things that are no one);
 * - corpus Z (`dev-z/`, written on 2026-11-28 after held-out X, by two other helpers: names in the forms a checker finds
 *   hardest, and realistic clean notes with the traps of issue 8);
 * - corpus AA (`dev-aa/`, written on 2026-11-28 after held-out O, by two other helpers: street addresses and postal
 *   codes, phones and birth dates in every form workers type; planted notes only);
 * - corpus B (`held-out-b/`, written apart from the detector, evaluated once, then read and tuned against on
 *   2026-11-28). The held-out corpus is C: bench/anonymity-held-out.ts.
 * Run: npx tsx bench/anonymity-accuracy.ts
 */
import type { AnalyseWord } from '../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../src/domain/anonymity/names.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';
import { HELD_OUT_CLEAN } from '../test/fixtures/anonymity/held-out/clean.js';
import { HELD_OUT_PLANTED } from '../test/fixtures/anonymity/held-out/planted.js';
import { HELD_OUT_B_CLEAN } from '../test/fixtures/anonymity/held-out-b/clean.js';
import { HELD_OUT_B_PLANTED } from '../test/fixtures/anonymity/held-out-b/planted.js';
import { DEV_E_CLEAN } from '../test/fixtures/anonymity/dev-e/clean.js';
import { DEV_E_PLANTED } from '../test/fixtures/anonymity/dev-e/planted.js';
import { DEV_F_CLEAN } from '../test/fixtures/anonymity/dev-f/clean.js';
import { DEV_F_PLANTED } from '../test/fixtures/anonymity/dev-f/planted.js';
import { DEV_H_CLEAN } from '../test/fixtures/anonymity/dev-h/clean.js';
import { DEV_H_PLANTED } from '../test/fixtures/anonymity/dev-h/planted.js';
import { DEV_J_CLEAN } from '../test/fixtures/anonymity/dev-j/clean.js';
import { DEV_J_PLANTED } from '../test/fixtures/anonymity/dev-j/planted.js';
import { DEV_L_CLEAN } from '../test/fixtures/anonymity/dev-l/clean.js';
import { DEV_L_PLANTED } from '../test/fixtures/anonymity/dev-l/planted.js';
import { DEV_M_CLEAN } from '../test/fixtures/anonymity/dev-m/clean.js';
import { DEV_M_PLANTED } from '../test/fixtures/anonymity/dev-m/planted.js';
import { DEV_P_CLEAN } from '../test/fixtures/anonymity/dev-p/clean.js';
import { DEV_P_PLANTED } from '../test/fixtures/anonymity/dev-p/planted.js';
import { DEV_Q_CLEAN } from '../test/fixtures/anonymity/dev-q/clean.js';
import { DEV_Q_PLANTED } from '../test/fixtures/anonymity/dev-q/planted.js';
import { DEV_S_CLEAN } from '../test/fixtures/anonymity/dev-s/clean.js';
import { DEV_S_PLANTED } from '../test/fixtures/anonymity/dev-s/planted.js';
import { DEV_U_CLEAN } from '../test/fixtures/anonymity/dev-u/clean.js';
import { DEV_U_PLANTED } from '../test/fixtures/anonymity/dev-u/planted.js';
import { DEV_Y_CLEAN } from '../test/fixtures/anonymity/dev-y/clean.js';
import { DEV_Y_PLANTED } from '../test/fixtures/anonymity/dev-y/planted.js';
import { DEV_Z_CLEAN } from '../test/fixtures/anonymity/dev-z/clean.js';
import { DEV_Z_PLANTED } from '../test/fixtures/anonymity/dev-z/planted.js';
import { DEV_AA_ADDRESSES } from '../test/fixtures/anonymity/dev-aa/planted-addresses.js';
import { DEV_AA_PHONES_DATES } from '../test/fixtures/anonymity/dev-aa/planted-phones-dates.js';
import { PLANTED_CORPUS } from '../test/fixtures/anonymity/planted-corpus.js';
import { printTable } from './support/accuracy-tables.js';
import { openVoikkoAnalyser } from '../test/fixtures/anonymity/voikko-analyser.js';

const voikko = openVoikkoAnalyser();
const modes: ReadonlyArray<readonly [string, AnalyseWord]> = [
  ...(voikko ? [['Voikko', voikko] as const] : []),
  ['list mode (no Voikko)', knowsNoWord],
];
if (!voikko) console.log('Voikko is not installed here: only the list-mode tables follow.');
console.log('\n## Development corpora (tuned against)');
for (const [mode, analyse] of modes) {
  printTable(`Development, old corpora, ${mode}`, CLEAN_CORPUS, PLANTED_CORPUS, analyse);
  printTable(`Development, corpus A (held-out/), ${mode}`, HELD_OUT_CLEAN, HELD_OUT_PLANTED, analyse);
  printTable(`Development, corpus E (dev-e/), ${mode}`, DEV_E_CLEAN, DEV_E_PLANTED, analyse);
  printTable(`Development, corpus F (dev-f/), ${mode}`, DEV_F_CLEAN, DEV_F_PLANTED, analyse);
  printTable(`Development, corpus H (dev-h/), ${mode}`, DEV_H_CLEAN, DEV_H_PLANTED, analyse);
  printTable(`Development, corpus J (dev-j/), ${mode}`, DEV_J_CLEAN, DEV_J_PLANTED, analyse);
  printTable(`Development, corpus L (dev-l/), ${mode}`, DEV_L_CLEAN, DEV_L_PLANTED, analyse);
  printTable(`Development, corpus M (dev-m/), ${mode}`, DEV_M_CLEAN, DEV_M_PLANTED, analyse);
  printTable(`Development, corpus P (dev-p/), ${mode}`, DEV_P_CLEAN, DEV_P_PLANTED, analyse);
  printTable(`Development, corpus Q (dev-q/), ${mode}`, DEV_Q_CLEAN, DEV_Q_PLANTED, analyse);
  printTable(`Development, corpus S (dev-s/), ${mode}`, DEV_S_CLEAN, DEV_S_PLANTED, analyse);
  printTable(`Development, corpus U (dev-u/), ${mode}`, DEV_U_CLEAN, DEV_U_PLANTED, analyse);
  printTable(`Development, corpus Y (dev-y/), ${mode}`, DEV_Y_CLEAN, DEV_Y_PLANTED, analyse);
  printTable(`Development, corpus Z (dev-z/), ${mode}`, DEV_Z_CLEAN, DEV_Z_PLANTED, analyse);
  printTable(
    `Development, corpus AA (dev-aa/, planted only), ${mode}`,
    [],
    [...DEV_AA_ADDRESSES, ...DEV_AA_PHONES_DATES],
    analyse,
  );
}
console.log('\n## Corpus B (held-out-b/, evaluated once, then tuned against)');
for (const [mode, analyse] of modes) {
  printTable(`Corpus B, ${mode}`, HELD_OUT_B_CLEAN, HELD_OUT_B_PLANTED, analyse);
}
