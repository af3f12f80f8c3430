import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { err, ok, type Result } from '../../src/domain/result.js';
import { assembleAppPackage } from './assemble.js';
import type { ManifestValues } from './env.js';

export const ZIP_NAME = 'tym-consult.zip';

// A fixed timestamp keeps the zip byte-for-byte the same for the same inputs.
const ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));

export interface BuildInput {
  /** Folder holding manifest.template.json, the localization files and the icons. */
  readonly sourceDir: string;
  /** Folder the zip is written to; created when missing. */
  readonly outDir: string;
  readonly values: ManifestValues;
}

export interface BuiltPackage {
  readonly zipPath: string;
  readonly entries: readonly string[];
}

/** Builds the Teams app package zip, or returns every problem found and writes nothing. */
export async function buildAppPackage(input: BuildInput): Promise<Result<BuiltPackage, string[]>> {
  const assembled = await assembleAppPackage(input.sourceDir, input.values);
  if (!assembled.ok) return err(assembled.error);

  const zip = new JSZip();
  for (const [name, content] of assembled.value.files) zip.file(name, content, { date: ENTRY_DATE });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });

  await mkdir(input.outDir, { recursive: true });
  const zipPath = join(input.outDir, ZIP_NAME);
  await writeFile(zipPath, bytes);
  return ok({ zipPath, entries: [...assembled.value.files.keys()] });
}
