import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAppPackage, ZIP_NAME } from '../../../scripts/app-package/build-package.js';
import { DEV_VALUES } from '../../../scripts/app-package/env.js';

const SOURCE_DIR = fileURLToPath(new URL('../../../appPackage/', import.meta.url));
const VALUES = { ...DEV_VALUES, APP_VERSION: '0.1.0' };

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'tym-app-package-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A copy of appPackage/ to break on purpose. */
async function copySource(): Promise<string> {
  const dir = join(work, 'source');
  await cp(SOURCE_DIR, dir, { recursive: true });
  return dir;
}

describe('buildAppPackage', () => {
  it('writes a zip with exactly the manifest, both languages and both icons at its root', async () => {
    const outDir = join(work, 'out', 'nested');
    const r = await buildAppPackage({ sourceDir: SOURCE_DIR, outDir, values: VALUES });
    expect(r).toEqual({ ok: true, value: { zipPath: join(outDir, ZIP_NAME), entries: expect.any(Array) } });

    const zip = await JSZip.loadAsync(await readFile(join(outDir, ZIP_NAME)));
    expect(Object.keys(zip.files).sort()).toEqual([
      'color.png',
      'en.json',
      'fi.json',
      'manifest.json',
      'outline.png',
    ]);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown>;
    expect(manifest['id']).toBe(DEV_VALUES.TEAMS_APP_ID);
  });

  it('builds the same bytes twice from the same inputs', async () => {
    const build = async (out: string) => {
      const r = await buildAppPackage({ sourceDir: SOURCE_DIR, outDir: join(work, out), values: VALUES });
      return r.ok ? readFile(r.value.zipPath) : Buffer.alloc(0);
    };
    expect((await build('a')).equals(await build('b'))).toBe(true);
  });

  it.each([
    [
      'an icon is missing',
      async (dir: string) => rm(join(dir, 'outline.png')),
      'outline.png: cannot be read',
    ],
    [
      'a translation drops a key',
      async (dir: string) => {
        const en = JSON.parse(await readFile(join(dir, 'en.json'), 'utf8')) as Record<string, unknown>;
        delete en['staticTabs[0].name'];
        await writeFile(join(dir, 'en.json'), JSON.stringify(en));
      },
      'en.json: "staticTabs[0].name" is not translated',
    ],
    [
      'the template names a value nobody gives',
      async (dir: string) => {
        const template = await readFile(join(dir, 'manifest.template.json'), 'utf8');
        await writeFile(
          join(dir, 'manifest.template.json'),
          template.replace('"TYM Consult"', '"${{DEVELOPER_NAME}}"'),
        );
      },
      'no value for placeholder ${{DEVELOPER_NAME}}',
    ],
    [
      'the icons are swapped',
      async (dir: string) => {
        const template = await readFile(join(dir, 'manifest.template.json'), 'utf8');
        await writeFile(
          join(dir, 'manifest.template.json'),
          template.replace('"color.png"', '"outline.png"'),
        );
      },
      'the color icon must be 192x192, found 32x32',
    ],
  ])('refuses to build, and writes nothing, when %s', async (_, breakIt, message) => {
    const sourceDir = await copySource();
    await breakIt(sourceDir);
    const outDir = join(work, 'out');
    const r = await buildAppPackage({ sourceDir, outDir, values: VALUES });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
    expect(existsSync(outDir)).toBe(false);
  });
});
