/**
 * A relation word or title and the word after it: is the second the person's name ("asiakkaan vaimo
 * Aino", "terveydenhoitaja Leinosen kanssa", "äidilleen Ainolle") or just the next word of the
 * sentence ("asiakkaan ainoa tukiverkosto", "asiakas tuli", "kavereiden sohvilla", "asiakkaan sisko")?
 */
import type { GrammaticalCase, WordAnalysis } from './morphology.js';
import type { Token } from './name-tokens.js';
import { RELATION_WORDS } from './name-context-words.js';

const PROPER: ReadonlySet<string> = new Set(['etunimi', 'sukunimi', 'paikannimi', 'nimi']);
const PARTICLES: ReadonlySet<string> = new Set([
  'seikkasana',
  'sidesana',
  'suhdesana',
  'asemosana',
  'kieltosana',
  'huudahdussana',
]);
const FINITE_MOODS: ReadonlySet<string> = new Set(['indicative', 'conditional', 'potential']);
const WHERE_CASES: ReadonlySet<GrammaticalCase> = new Set(['sisaolento', 'sisaeronto']);
/** "tytär nimeltä Onni", "lempinimeltään Tuppu": after these the name may stand in any case. */
const NAMING_NOUNS: ReadonlySet<string> = new Set([
  'nimi',
  'etunimi',
  'sukunimi',
  'lempinimi',
  'kutsumanimi',
]);

/**
 * A name stands beside its relation word in the same case ("äidilleen Ainolle"), or after an
 * uninflected title or relation noun in any case ("terveydenhoitaja Leinosen", "äiti Ainon kanssa").
 * A lower-case finite verb or relation noun after it is the sentence going on.
 */
export function isApposition(
  cue: readonly WordAnalysis[],
  word: Token,
  readings: readonly WordAnalysis[],
): boolean {
  if (cue.length === 0) return true;
  // "asiakas Constanțasta": a word no dictionary knows, in an inner local case after a title, is where, not who
  if (readings.length === 0)
    return !(cue.some((r) => r.case === 'nimento') && /(?:ss|st)[aä]$/u.test(word.lower));
  if (word.shape === 'lower' && readings.some(isOrdinaryContinuation)) return false;
  if (cue.some((r) => NAMING_NOUNS.has(r.baseForm))) return true;
  const names = readings.filter((r) => PROPER.has(r.wordClass));
  const cases = new Set<GrammaticalCase | undefined>(
    (names.length > 0 ? names : readings).map((r) => r.case),
  );
  // "lääkäri Aavasta", "ohjaaja Kalliossa": where the title works, not who
  if (cue.some((r) => r.case === 'nimento')) return [...cases].some((c) => !c || !WHERE_CASES.has(c));
  return cue.some((r) => r.case !== undefined && cases.has(r.case));
}

/** "asiakas tuli", "asiakas pyysi"; "asiakkaan sisko"; "nimeä vähintään yksi". */
function isOrdinaryContinuation(r: WordAnalysis): boolean {
  if (r.wordClass === 'teonsana') return r.person !== undefined && FINITE_MOODS.has(r.mood ?? '');
  if (PARTICLES.has(r.wordClass)) return true;
  return !PROPER.has(r.wordClass) && RELATION_WORDS.has(r.baseForm.toLowerCase());
}
