/**
 * Accuracy of the anonymity guard, as markdown tables for the README and docs/anonymity.md: recall
 * per kind and clean refusal/warning rates, each with Voikko's morphology and in list mode, on
 * - the development corpora: the old ones (written alongside the detector) and corpus A
 *   (`held-out/`, held out once, then read and tuned against: now development data too);
 * - held-out corpus B (`held-out-b/`, written apart from the detector, evaluated once, never tuned against).
 * Run: npx tsx bench/anonymity-accuracy.ts
 */
import type { FindingKind } from '../src/domain/anonymity/finding.js';
import type { AnalyseWord } from '../src/domain/anonymity/morphology.js';
import { knowsNoWord } from '../src/domain/anonymity/names.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';
import { HELD_OUT_CLEAN } from '../test/fixtures/anonymity/held-out/clean.js';
import { HELD_OUT_PLANTED } from '../test/fixtures/anonymity/held-out/planted.js';
import { HELD_OUT_B_CLEAN } from '../test/fixtures/anonymity/held-out-b/clean.js';
import { HELD_OUT_B_PLANTED } from '../test/fixtures/anonymity/held-out-b/planted.js';
import { measureAccuracy } from '../test/fixtures/anonymity/measure-accuracy.js';
import type { CleanText } from '../test/fixtures/anonymity/clean-corpus.js';
import { PLANTED_CORPUS, type PlantedText } from '../test/fixtures/anonymity/planted-corpus.js';
import { openVoikkoAnalyser } from '../test/fixtures/anonymity/voikko-analyser.js';

const KINDS: readonly FindingKind[] = [
  'identity-code',
  'phone',
  'email',
  'iban',
  'street-address',
  'postal-code',
  'business-id',
  'date-of-birth',
  'name',
];

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

function printTable(
  title: string,
  clean: readonly CleanText[],
  planted: readonly PlantedText[],
  analyse: AnalyseWord,
) {
  const report = measureAccuracy(clean, planted, analyse);
  const refused = report.refusedIds.length;
  const warned = report.warnedIds.length;
  console.log(`\n**${title}**\n`);
  console.log('| clean texts | wrongly refused | refused rate | warned only | warned rate |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| ${report.cleanTexts} | ${refused} | ${pct(refused, report.cleanTexts)} | ${warned} | ${pct(warned, report.cleanTexts)} |`,
  );
  console.log('\n| kind | planted | caught | recall | blocked | missed |');
  console.log('|---|---|---|---|---|---|');
  let total = { planted: 0, caught: 0, blocked: 0 };
  for (const kind of KINDS) {
    const t = report.byKind.get(kind);
    if (!t) continue;
    total = {
      planted: total.planted + t.planted,
      caught: total.caught + t.caught,
      blocked: total.blocked + t.blocked,
    };
    console.log(
      `| ${kind} | ${t.planted} | ${t.caught} | ${pct(t.caught, t.planted)} | ${t.blocked} | ${t.planted - t.caught} |`,
    );
  }
  console.log(
    `| **total** | ${total.planted} | ${total.caught} | ${pct(total.caught, total.planted)} | ${total.blocked} | ${total.planted - total.caught} |`,
  );
  const missed = [...report.byKind.entries()].flatMap(([kind, t]) =>
    t.missedIds.map((id) => `${id} (${kind})`),
  );
  if (refused > 0) console.log(`\nRefused clean texts: ${report.refusedIds.join(', ')}`);
  if (warned > 0) console.log(`\nWarned clean texts: ${report.warnedIds.join(', ')}`);
  if (missed.length > 0) console.log(`\nMissed plants: ${missed.join(', ')}`);
}

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
}
console.log('\n## Held-out corpus B (held-out-b/, never tuned against)');
for (const [mode, analyse] of modes) {
  printTable(`Held-out corpus B, ${mode}`, HELD_OUT_B_CLEAN, HELD_OUT_B_PLANTED, analyse);
}
