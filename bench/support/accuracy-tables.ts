/** The accuracy tables of bench/anonymity-accuracy.ts and bench/anonymity-held-out.ts, as markdown. */
import type { FindingKind } from '../../src/domain/anonymity/finding.js';
import type { AnalyseWord } from '../../src/domain/anonymity/morphology.js';
import type { CleanText } from '../../test/fixtures/anonymity/clean-corpus.js';
import { measureAccuracy } from '../../test/fixtures/anonymity/measure-accuracy.js';
import type { PlantedText } from '../../test/fixtures/anonymity/planted-corpus.js';

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

/**
 * Prints recall per kind and the clean refusal/warning rates; `listIds` also names the refused, warned and missed
 * texts (never for a held-out corpus that is still to be evaluated on: its ids would invite tuning).
 */
export function printTable(
  title: string,
  clean: readonly CleanText[],
  planted: readonly PlantedText[],
  analyse: AnalyseWord,
  listIds = true,
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
  if (!listIds) return;
  if (refused > 0) console.log(`\nRefused clean texts: ${report.refusedIds.join(', ')}`);
  if (warned > 0) console.log(`\nWarned clean texts: ${report.warnedIds.join(', ')}`);
  if (missed.length > 0) console.log(`\nMissed plants: ${missed.join(', ')}`);
}
