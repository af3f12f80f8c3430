import type { Finding, FindingKind } from './finding.js';

/** One neutral placeholder per kind of personal data, in the worker's language ("[nimi]", "[phone number]"). */
export type NeutralPlaceholders = Readonly<Record<FindingKind, string>>;

/**
 * The text with every flagged span replaced by its placeholder, so the worker can review and send
 * a version without the personal data. Overlapping findings become one placeholder (the first
 * finding's kind, or the longer one's); the words around are kept as written, so an inflected
 * name ("Virtaselle") reads as "[nimi]" and the sentence stays readable.
 */
export function neutralRewrite(
  text: string,
  findings: readonly Pick<Finding, 'kind' | 'start' | 'end'>[],
  placeholders: NeutralPlaceholders,
): string {
  let out = '';
  let at = 0;
  for (const span of mergeOverlaps(findings)) {
    out += text.slice(at, span.start) + placeholders[span.kind];
    at = span.end;
  }
  return out + text.slice(at);
}

interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

function mergeOverlaps(findings: readonly Pick<Finding, 'kind' | 'start' | 'end'>[]): Span[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const f of sorted) {
    const last = merged.at(-1);
    if (!last || f.start >= last.end) {
      merged.push({ kind: f.kind, start: f.start, end: f.end });
      continue;
    }
    if (f.end - f.start > last.end - last.start) last.kind = f.kind;
    last.end = Math.max(last.end, f.end);
  }
  return merged;
}
