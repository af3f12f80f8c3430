/** Bidi embedding/override (U+202A–U+202E) and isolate (U+2066–U+2069) controls: they can make text read backwards. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Characters that open emphasis, code, link, image, HTML, entity, table or strike-through syntax anywhere. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#]/g;

/** A list item or heading marker at the start of a line ("- ", "+ ", "1. "). */
const LINE_START_SYNTAX = /^(\s*)([-+]|\d+(?=[.)]))/gm;

/**
 * Makes user text (a stored case text, anything typed) safe inside a TextBlock, which interprets markdown: syntax
 * characters are backslash-escaped, so `[x](javascript:…)` stays literal text, `<img …>` never becomes a tag and
 * `**x**` is not bold; bidi controls are removed, so the text reads as it was written. Ordinary punctuation
 * (full stops, hyphens inside a line, brackets) is left alone to keep the text readable.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(BIDI_CONTROLS, '')
    .replace(INLINE_SYNTAX, (ch) => `\\${ch}`)
    .replace(LINE_START_SYNTAX, (_m, space: string, marker: string) => `${space}\\${marker}`);
}
