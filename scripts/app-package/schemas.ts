import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';

/**
 * Offline schema validation with the schemas bundled in @microsoft/app-manifest. The schema files are read from the
 * package directly and passed in, so validation never falls back to fetching them over the network.
 */

export const MANIFEST_VERSION = '1.22';
const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;
export const MANIFEST_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`;

type Schema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const bundledDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
  `v${MANIFEST_VERSION}`,
);

const cache = new Map<string, Promise<Schema>>();

function loadBundledSchema(fileName: string): Promise<Schema> {
  let schema = cache.get(fileName);
  if (schema === undefined) {
    schema = readFile(join(bundledDir, fileName), 'utf8').then(
      (text) => repairPatterns(JSON.parse(text)) as Schema,
    );
    cache.set(fileName, schema);
  }
  return schema;
}

/**
 * The bundled v1.22 localization schema has two property patterns (`activities.activityTypes[..]`) with a lone `]`,
 * which Ajv's unicode-mode RegExp refuses, so the schema would not compile at all. Escaping that bracket keeps the
 * pattern's meaning.
 */
function repairPatterns(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(repairPatterns);
  if (json === null || typeof json !== 'object') return json;
  return Object.fromEntries(
    Object.entries(json).map(([key, value]) => [
      key,
      key === 'patternProperties' && value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([p, v]) => [
              isUnicodeSafe(p) ? p : p.replaceAll('\\b]', '\\b\\]'),
              repairPatterns(v),
            ]),
          )
        : repairPatterns(value),
    ]),
  );
}

function isUnicodeSafe(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

async function validateWith(fileName: string, json: unknown, label: string): Promise<string[]> {
  const schema = await loadBundledSchema(fileName);
  // The schema is the guard here: the cast only satisfies the library's parameter type.
  const errors = await AppManifestUtils.validateAgainstSchema(json as AppManifest, schema);
  return errors.map((e) => `${label}: ${e.trim()}`);
}

/** Problems of a rendered manifest against the bundled v1.22 schema, plus the version pins the schema leaves open. */
export async function validateManifest(manifest: unknown, label = 'manifest.json'): Promise<string[]> {
  const problems = await validateWith('MicrosoftTeams.schema.json', manifest, label);
  const m = (manifest ?? {}) as { $schema?: unknown };
  if (m.$schema !== MANIFEST_SCHEMA_URL) problems.push(`${label}: $schema must be ${MANIFEST_SCHEMA_URL}`);
  return problems;
}

/** Problems of a localization file against the bundled v1.22 localization schema. */
export async function validateLocalization(localization: unknown, label: string): Promise<string[]> {
  const problems = await validateWith('MicrosoftTeams.Localization.schema.json', localization, label);
  const l = (localization ?? {}) as { $schema?: unknown };
  // Teams wants the localization file on the same schema version as the manifest.
  if (l.$schema !== LOCALIZATION_SCHEMA_URL)
    problems.push(`${label}: $schema must be ${LOCALIZATION_SCHEMA_URL}`);
  return problems;
}
