import { err, ok, type Result } from '../../src/domain/result.js';

/**
 * Fills `${{NAME}}` placeholders (the Teams Toolkit convention) in a JSON template. Substitution happens inside
 * parsed string values, never in the raw text, so a value cannot break the JSON or inject a property.
 */

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type TemplateValues = Readonly<Record<string, string>>;

/** Parses a JSON template and fills every placeholder; unknown names and leftovers are problems, not blanks. */
export function renderManifest(
  template: string,
  values: TemplateValues,
  file = 'manifest.template.json',
): Result<unknown, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (e) {
    return err([`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`]);
  }
  const unknown = new Set<string>();
  const rendered = mapStrings(parsed, (s) =>
    s.replace(PLACEHOLDER, (token, name: string) => {
      const value = values[name];
      if (value === undefined) unknown.add(name);
      return value ?? token;
    }),
  );
  const problems = [...unknown].map((name) => `${file}: no value for placeholder \${{${name}}}`);
  const malformed = findPlaceholders(rendered).filter((token) => !unknown.has(token.replace(/[${}\s]/g, '')));
  problems.push(...malformed.map((token) => `${file}: "${token}" is left after rendering`));
  return problems.length === 0 ? ok(rendered) : err(problems);
}

/** The `${{...` tokens still present anywhere in a JSON value, property names included. */
export function findPlaceholders(json: unknown): string[] {
  const found = new Set<string>();
  const visit = (s: string) => {
    for (const m of s.matchAll(/\$\{\{[^}]*\}?\}?/g)) found.add(m[0]);
    return s;
  };
  mapStrings(json, visit, visit);
  return [...found];
}

function mapStrings(json: unknown, fn: (s: string) => string, onKey?: (k: string) => void): unknown {
  if (typeof json === 'string') return fn(json);
  if (Array.isArray(json)) return json.map((item) => mapStrings(item, fn, onKey));
  if (json !== null && typeof json === 'object') {
    return Object.fromEntries(
      Object.entries(json).map(([k, v]) => {
        onKey?.(k);
        return [k, mapStrings(v, fn, onKey)];
      }),
    );
  }
  return json;
}
