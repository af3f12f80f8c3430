/**
 * Names read in pairs: a first name and a surname side by side ("Satu Laaksonen", "satu
 * laaksonen", "Virtanen Matti"), and nicknames introduced in the text ("kutsuvat häntä Nallesta").
 */
import { evidenceOf, type Verdict } from './list-verdict.js';
import type { Sentence } from './name-context.js';
import type { NameView } from './name-view.js';

const BLOCK: Verdict = { severity: 'block', confidence: 'high' };

export function markFullNames(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (let i = 0; i + 1 < s.tokens.length; i += 1) {
    const a = s.tokens[i];
    const b = s.tokens[i + 1];
    if (!a || !b || s.text.slice(a.end, b.start) !== ' ') continue;
    if (isListFullName(a, b) || isMorphologyFullName(views[i], views[i + 1], verdicts[i], verdicts[i + 1])) {
      verdicts[i] = BLOCK;
      verdicts[i + 1] = BLOCK;
    }
  }
}

/** Same shape, an uninflected first name, then a name-list word ("Toivo Rantanen", "MATTI VIRTANEN"). */
function isListFullName(a: Sentence['tokens'][number], b: Sentence['tokens'][number]): boolean {
  if (a.shape !== b.shape || (a.shape !== 'title' && a.shape !== 'upper')) return false;
  const ea = evidenceOf(a);
  const eb = evidenceOf(b);
  return ea.isExactFirstName && (eb.isSurname || eb.isFirstName || eb.hasSurnameShape);
}

/** One of the two already a name, the other a first name / surname that completes it. */
function isMorphologyFullName(
  a: NameView | undefined,
  b: NameView | undefined,
  va: Verdict | undefined,
  vb: Verdict | undefined,
): boolean {
  if (!a?.isKnown || !b?.isKnown || a.isAllowed || b.isAllowed) return false;
  const isBlocked = va?.severity === 'block' || vb?.severity === 'block';
  if (!isBlocked) return false;
  const firstThenSurname = a.isFirstName && a.isNominativeName && b.isSurname;
  const surnameThenFirst = a.isSurname && a.isNominativeName && b.isFirstName;
  return (firstThenSurname || surnameThenFirst) && (a.hasNameReading || b.hasNameReading);
}

/**
 * "kutsuvat häntä Nalle", "kaverit sanovat häntä Pekkikseksi", "häntä kutsutaan Nalleksi",
 * "lempinimeltään Tuppu", "hänestä käytetään nimeä Rölli-Raimo", "tunnetaan nimellä X".
 */
const NICKNAME = new RegExp(
  [
    String.raw`(?:kutsu(?:vat|u|taan|ttiin|tiin|mme|n|ivat|i)|sano(?:vat|taan|ttiin|o|i|ivat))\s+(?:häntä|hänt|minua|sitä|heitä|poikaa|tyttöä)\s+(?:nimellä\s+)?`,
    String.raw`(?:häntä|heitä|poikaa|tyttöä|minua)\s+(?:kutsu(?:vat|u|taan|ttiin|tiin|ivat|i)|sano(?:vat|taan|ttiin|ivat))\s+(?:nimellä\s+)?`,
    String.raw`(?:käyt(?:etään|ettiin|tävät|tää|ti|ivät))\s+(?:(?:hänestä|heistä|pojasta|tytöstä|itsestään)\s+)?(?:\p{Ll}+\s+)?(?:nimeä|nimitystä|lempinimeä)\s+`,
    String.raw`(?:lempinimi(?:ltään|ltä|nsä)?|kutsumanimi(?:ltään|nsä)?|tunnetaan\s+nimellä|kutsumanimellä|lempinimellä|kulkee\s+nimellä|nimellä)\s*(?:on\s+)?:?\s*`,
  ].join('|'),
  'giu',
);
const QUOTE = /["“”'»«]/u;

export function markNicknames(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
): void {
  for (const m of s.text.matchAll(NICKNAME)) {
    const at = m.index + m[0].length;
    const quoted = QUOTE.test(s.text.charAt(at));
    const i = s.tokens.findIndex((t) => t.start === at || (quoted && t.start === at + 1));
    const token = s.tokens[i];
    const view = views[i];
    if (!token || !view) continue;
    // "kutsuvat häntä laiskaksi" describes him; a quoted, capitalised or name-like word names him
    const isNameLike =
      quoted ||
      token.shape === 'title' ||
      token.colonEnding !== '' ||
      view.hasNameReading ||
      (!view.isKnown && (evidenceOf(token).isFirstName || evidenceOf(token).isSurname));
    if (isNameLike && !view.isAllowed) verdicts[i] = BLOCK;
    else markCapitalisedAfter(s, views, verdicts, i);
  }
}

/** "häntä kutsutaan koulussa Nalleksi": a capitalised word one or two words on, in the same clause. */
function markCapitalisedAfter(
  s: Sentence,
  views: readonly NameView[],
  verdicts: Array<Verdict | undefined>,
  i: number,
): void {
  for (let j = i + 1; j <= i + 2; j += 1) {
    const prev = s.tokens[j - 1];
    const token = s.tokens[j];
    if (!prev || !token || !/^[ \t]+$/u.test(s.text.slice(prev.end, token.start))) return;
    if (token.shape === 'title' && !views[j]?.isAllowed) {
      verdicts[j] = BLOCK;
      return;
    }
  }
}
