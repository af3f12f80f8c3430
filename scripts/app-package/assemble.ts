import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../src/domain/result.js';
import type { ManifestValues } from './env.js';
import { checkIcon, type IconKind } from './icons.js';
import { checkLocalizations, listLocalizationFiles, type LocalizationFile } from './localization.js';
import { renderManifest } from './render.js';
import { validateLocalization, validateManifest } from './schemas.js';

/**
 * Reads appPackage/, fills the template and checks everything Teams would refuse, collecting every problem
 * instead of stopping at the first. Nothing is written here.
 */

export const TEMPLATE_FILE = 'manifest.template.json';

export interface AssembledPackage {
  /** The rendered manifest, as it goes into the zip. */
  readonly manifest: Record<string, unknown>;
  /** Zip entry name -> content; all at the zip root, manifest.json first. */
  readonly files: ReadonlyMap<string, Uint8Array>;
}

interface ManifestShape {
  icons?: Partial<Record<IconKind, string>>;
  staticTabs?: readonly { contentUrl?: string; websiteUrl?: string }[];
  validDomains?: readonly string[];
}

const encode = (json: unknown) => new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);

async function readSource(sourceDir: string, file: string, problems: string[]): Promise<Buffer | undefined> {
  // Teams reads a flat package: every referenced file sits next to manifest.json.
  if (!/^[\w][\w.-]*$/.test(file)) {
    problems.push(`${file}: package files must be plain names at the package root`);
    return undefined;
  }
  try {
    return await readFile(join(sourceDir, file));
  } catch (e) {
    problems.push(
      `${file}: cannot be read from ${sourceDir} (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
    return undefined;
  }
}

/** Hosts the tab loads from must be listed in validDomains, or Teams will not show the tab. */
function checkDomains(manifest: ManifestShape): string[] {
  const valid = new Set(manifest.validDomains ?? []);
  const urls = (manifest.staticTabs ?? []).flatMap((tab) => [tab.contentUrl, tab.websiteUrl]);
  return urls
    .filter((url): url is string => url !== undefined)
    .filter((url) => URL.canParse(url) && !valid.has(new URL(url).host))
    .map((url) => `manifest.json: ${url} is on a host that validDomains does not list`);
}

async function assembleLocalizations(
  sourceDir: string,
  manifest: unknown,
  values: ManifestValues,
  problems: string[],
) {
  const files = new Map<string, Uint8Array>();
  const localizations: LocalizationFile[] = [];
  for (const entry of listLocalizationFiles(manifest)) {
    const source = await readSource(sourceDir, entry.file, problems);
    if (source === undefined) continue;
    const rendered = renderManifest(source.toString('utf8'), values, entry.file);
    if (!rendered.ok) {
      problems.push(...rendered.error);
      continue;
    }
    problems.push(...(await validateLocalization(rendered.value, entry.file)));
    localizations.push({ ...entry, json: rendered.value as LocalizationFile['json'] });
    files.set(entry.file, encode(rendered.value));
  }
  problems.push(...checkLocalizations(manifest, localizations));
  return files;
}

export async function assembleAppPackage(
  sourceDir: string,
  values: ManifestValues,
): Promise<Result<AssembledPackage, string[]>> {
  const problems: string[] = [];
  const template = await readSource(sourceDir, TEMPLATE_FILE, problems);
  if (template === undefined) return err(problems);
  const rendered = renderManifest(template.toString('utf8'), values, TEMPLATE_FILE);
  if (!rendered.ok) return err(rendered.error);
  const manifest = rendered.value as Record<string, unknown> & ManifestShape;

  problems.push(...(await validateManifest(manifest)), ...checkDomains(manifest));
  const files = new Map<string, Uint8Array>([['manifest.json', encode(manifest)]]);
  for (const [name, content] of await assembleLocalizations(sourceDir, manifest, values, problems))
    files.set(name, content);

  for (const kind of ['color', 'outline'] as const) {
    const file = manifest.icons?.[kind];
    if (file === undefined) continue; // the schema check has already said so
    const png = await readSource(sourceDir, file, problems);
    if (png === undefined) continue;
    problems.push(...checkIcon(kind, png, file));
    files.set(file, png);
  }
  return problems.length === 0 ? ok({ manifest, files }) : err(problems);
}
