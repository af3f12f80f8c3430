/**
 * Accuracy of the anonymity guard on the synthetic corpora, as a markdown table for the README.
 * Run: npx tsx bench/anonymity-accuracy.ts
 */
import type { FindingKind } from '../src/domain/anonymity/finding.js';
import { CLEAN_CORPUS } from '../test/fixtures/anonymity/clean-corpus.js';
import { measureAccuracy } from '../test/fixtures/anonymity/measure-accuracy.js';
import { PLANTED_CORPUS } from '../test/fixtures/anonymity/planted-corpus.js';

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

const report = measureAccuracy(CLEAN_CORPUS, PLANTED_CORPUS);
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

console.log('**Clean corpus** (no personal data)\n');
console.log('| texts | wrongly refused (any block) | false-positive rate | warned only |');
console.log('|---|---|---|---|');
const refused = report.refusedIds.length;
console.log(
  `| ${report.cleanTexts} | ${refused} | ${pct(refused, report.cleanTexts)} | ${report.warnedIds.length} |`,
);

console.log('\n**Planted corpus** (synthetic identifiers)\n');
console.log('| kind | planted | caught | blocked | missed | false-negative rate |');
console.log('|---|---|---|---|---|---|');
let planted = 0;
let caught = 0;
let blocked = 0;
for (const kind of KINDS) {
  const t = report.byKind.get(kind);
  if (!t) continue;
  planted += t.planted;
  caught += t.caught;
  blocked += t.blocked;
  const missed = t.planted - t.caught;
  console.log(
    `| ${kind} | ${t.planted} | ${t.caught} | ${t.blocked} | ${missed} | ${pct(missed, t.planted)} |`,
  );
}
console.log(
  `| **total** | ${planted} | ${caught} | ${blocked} | ${planted - caught} | ${pct(planted - caught, planted)} |`,
);

const missedIds = [...report.byKind.values()].flatMap((t) => t.missedIds);
if (refused > 0) console.log(`\nRefused clean texts: ${report.refusedIds.join(', ')}`);
if (report.warnedIds.length > 0) console.log(`Warned clean texts: ${report.warnedIds.join(', ')}`);
if (missedIds.length > 0) console.log(`Missed plants: ${missedIds.join(', ')}`);
