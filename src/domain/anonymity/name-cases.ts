/**
 * The grammatical cases a name-like word stands in as a name: its name readings' cases; for a name
 * only the lists know (Kivi, Lampi), the cases of its readings; for a word morphology does not know
 * (Olenalle, Hamidin, Fatima:lle), the case its ending or colon ending shows.
 */
import { NAME_CLASSES, type GrammaticalCase } from './morphology.js';
import type { Sentence } from './name-context.js';
import type { NameView } from './name-view.js';

const ENDING_CASES: ReadonlyArray<readonly [RegExp, readonly GrammaticalCase[]]> = [
  [/lle$/u, ['ulkotulento']],
  [/(?:lta|ltä)$/u, ['ulkoeronto']],
  [/(?:lla|llä)$/u, ['ulkoolento']],
  // "Hamidin" is a genitive, "Hassan" a nominative: a final n can be either
  [/n$/u, ['omanto', 'nimento']],
];

export function nameCasesOf(s: Sentence, view: NameView, i: number): ReadonlySet<GrammaticalCase> {
  const token = s.tokens[i];
  if (!token) return new Set();
  if (token.colonEnding !== '') return casesOfEnding(token.colonEnding);
  const readings = s.readings[i] ?? [];
  if (readings.length === 0) return casesOfEnding(token.lower);
  const names = readings.filter((r) => NAME_CLASSES.has(r.wordClass));
  const own = names.length > 0 || !view.isListName ? names : readings;
  return new Set(own.flatMap((r) => (r.case === undefined ? [] : [r.case])));
}

function casesOfEnding(ending: string): ReadonlySet<GrammaticalCase> {
  for (const [pattern, cases] of ENDING_CASES) if (pattern.test(ending)) return new Set(cases);
  return new Set<GrammaticalCase>(['nimento']);
}
