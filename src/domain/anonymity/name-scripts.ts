/**
 * A name written again in its own script beside its Latin spelling: "Wang Lei (王磊)", "محمد علي (Mohammed Ali)",
 * "Nguyen (阮)". Only the Latin name found tells such a run from a quotation in another language.
 */
import type { Finding } from './finding.js';
import { maskSpan } from './mask.js';

/** A letter of a script with no letter case: Han, Kana, Hangul, Arabic, Hebrew, Thai, Devanagari, Ethiopic. */
const LETTER = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Ethiopic}]`;
/** One to four words of such letters. */
const OTHER_SCRIPT_WORDS = String.raw`${LETTER}+(?: ${LETTER}+){0,3}`;
const OTHER_SCRIPT_LETTER = new RegExp(LETTER, 'u');
const AFTER_NAME = new RegExp(String.raw`^(?:-\p{L}+)?,? ?[(（] ?(${OTHER_SCRIPT_WORDS}) ?[)）]`, 'u');
const BEFORE_NAME = new RegExp(String.raw`(${OTHER_SCRIPT_WORDS}) ?[(（] ?$`, 'u');
/** The same name in brackets, the Latin one inside: "王磊 (Wang Lei)". */
const BRACKET_AFTER = /^ ?[)）]/u;

export function namesInOtherScripts(text: string, names: readonly Finding[]): Finding[] {
  if (!OTHER_SCRIPT_LETTER.test(text)) return [];
  const out: Finding[] = [];
  for (const name of names) {
    const after = AFTER_NAME.exec(text.slice(name.end, name.end + 40));
    if (after?.[1] !== undefined) out.push(toFinding(after[1], name.end + after[0].indexOf(after[1]), name));
    const window = text.slice(Math.max(0, name.start - 40), name.start);
    const before = BEFORE_NAME.exec(window);
    if (before?.[1] !== undefined && BRACKET_AFTER.test(text.slice(name.end, name.end + 3)))
      out.push(toFinding(before[1], name.start - window.length + before.index, name));
  }
  return out;
}

function toFinding(span: string, start: number, name: Finding): Finding {
  return { ...name, start, end: start + span.length, masked: maskSpan(span) };
}
