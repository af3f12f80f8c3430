import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleAppPackage, type AssembledPackage } from '../../../scripts/app-package/assemble.js';
import type { ManifestValues } from '../../../scripts/app-package/env.js';
import {
  checkLocalizations,
  listLocalizationFiles,
  localizableKeys,
  resolveKey,
  stringKeys,
} from '../../../scripts/app-package/localization.js';
import { findPlaceholders } from '../../../scripts/app-package/render.js';
import { validateLocalization, validateManifest } from '../../../scripts/app-package/schemas.js';

const SOURCE_DIR = fileURLToPath(new URL('../../../appPackage/', import.meta.url));
const VALUES: ManifestValues = {
  TEAMS_APP_ID: '1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69',
  BOT_ID: '6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b',
  PUBLIC_HOSTNAME: 'tym.example.fi',
  APP_VERSION: '0.1.0',
};

interface Rendered {
  id: string;
  bots: { botId: string }[];
  validDomains: string[];
  developer: Record<string, string>;
  staticTabs: Record<string, unknown>[];
  webApplicationInfo: Record<string, string>;
}

let pkg: AssembledPackage;
const json = (file: string) =>
  JSON.parse(new TextDecoder().decode(pkg.files.get(file))) as Record<string, unknown>;

beforeAll(async () => {
  const r = await assembleAppPackage(SOURCE_DIR, VALUES);
  if (!r.ok) throw new Error(r.error.join('\n'));
  pkg = r.value;
});

describe('the rendered manifest', () => {
  it('validates against the bundled v1.22 schema with no errors', async () => {
    expect(pkg.manifest['manifestVersion']).toBe('1.22');
    expect(await validateManifest(pkg.manifest)).toEqual([]);
  });

  it('leaves no ${{ placeholder in any file of the package', () => {
    for (const [name, content] of pkg.files) {
      if (name.endsWith('.json')) expect(new TextDecoder().decode(content), name).not.toContain('${{');
    }
    expect(findPlaceholders(pkg.manifest)).toEqual([]);
  });

  it('takes ids and host names from the values, not from the template', () => {
    const m = pkg.manifest as unknown as Rendered;
    expect(m.id).toBe(VALUES.TEAMS_APP_ID);
    expect(m.bots[0]?.botId).toBe(VALUES.BOT_ID);
    expect(m.validDomains).toEqual(['tym.example.fi']);
    expect(m.developer).toMatchObject({
      websiteUrl: 'https://tym.example.fi/',
      privacyUrl: 'https://tym.example.fi/privacy',
      termsOfUseUrl: 'https://tym.example.fi/terms',
    });
    expect(m.staticTabs[0]).toMatchObject({
      entityId: 'dashboard',
      contentUrl: 'https://tym.example.fi/tab/',
      scopes: ['personal'],
    });
    expect(m.webApplicationInfo).toEqual({
      id: VALUES.BOT_ID,
      resource: `api://tym.example.fi/${VALUES.BOT_ID}`,
    });
  });

  it('carries the package.json version', async () => {
    const { version } = JSON.parse(
      await readFile(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const r = await assembleAppPackage(SOURCE_DIR, { ...VALUES, APP_VERSION: version });
    expect(r.ok && r.value.manifest['version']).toBe(version);
  });

  it('offers one conversational bot in personal, team and group chat scopes with a command list per scope', () => {
    const [bot] = pkg.manifest['bots'] as Record<string, unknown>[];
    expect(bot).toMatchObject({
      scopes: ['personal', 'team', 'groupChat'],
      supportsFiles: false,
      isNotificationOnly: false,
    });
    expect(bot?.['commandLists']).toMatchObject([
      { scopes: ['personal'] },
      { scopes: ['team', 'groupChat'] },
    ]);
  });

  it('speaks Finnish by default and English as an additional language', () => {
    expect(pkg.manifest['localizationInfo']).toEqual({
      defaultLanguageTag: 'fi',
      defaultLanguageFile: 'fi.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
  });
});

describe('the localization files', () => {
  const files = listLocalizationFiles({
    localizationInfo: {
      defaultLanguageTag: 'fi',
      defaultLanguageFile: 'fi.json',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    },
  });

  it.each(files)('$file validates against the bundled v1.22 localization schema', async ({ file }) => {
    expect(await validateLocalization(json(file), file)).toEqual([]);
  });

  it.each(files)('every key of $file names a string that exists in the manifest', ({ file }) => {
    for (const key of stringKeys(json(file)))
      expect(typeof resolveKey(pkg.manifest, key), `${file} ${key}`).toBe('string');
  });

  it.each(files)('$file translates every string of the manifest', ({ file }) => {
    expect(stringKeys(json(file)).sort()).toEqual(localizableKeys(pkg.manifest).sort());
  });

  it.each([
    ['name.short', 30],
    ['name.full', 100],
    ['description.short', 80],
    ['description.full', 4000],
  ] as const)('%s fits in %i characters in every language', (key, max) => {
    const texts = [resolveKey(pkg.manifest, key), ...files.map(({ file }) => json(file)[key])];
    for (const text of texts) {
      expect(typeof text).toBe('string');
      expect((text as string).length).toBeLessThanOrEqual(max);
    }
  });

  it.each([
    ['fi.json', ['uusi', 'omat', 'ohjaus', 'verkosto', 'apua'], ['apua']],
    ['en.json', ['new', 'my cases', 'referral', 'network', 'help'], ['help']],
  ])('%s gives the bot commands the words the bot answers to', (file, personal, team) => {
    const titles = (list: number, count: number) =>
      Array.from(
        { length: count },
        (_, i) => json(file)[`bots[0].commandLists[${list}].commands[${i}].title`],
      );
    expect(titles(0, personal.length)).toEqual(personal);
    expect(titles(1, team.length)).toEqual(team);
  });
});

describe('checkLocalizations', () => {
  const manifest = { name: { short: 'TYM-konsultaatio' }, description: { short: 'lyhyt', full: 'pitkä' } };
  const fi = { 'name.short': 'TYM-konsultaatio', 'description.short': 'lyhyt', 'description.full': 'pitkä' };
  const file = (name: string, json: Record<string, unknown>, isDefault = false) => ({
    file: name,
    languageTag: name,
    isDefault,
    json,
  });

  it.each([
    [
      'a key that names nothing in the manifest',
      [file('fi.json', fi, true), file('en.json', { ...fi, 'staticTabs[0].name': 'Tab' })],
      'en.json: "staticTabs[0].name" names no string in manifest.json',
    ],
    [
      'a default file that disagrees with the manifest',
      [file('fi.json', { ...fi, 'name.short': 'Muu' }, true)],
      'fi.json: "name.short" differs from manifest.json',
    ],
    [
      'a translation that misses a key',
      [file('fi.json', fi, true), file('en.json', { 'name.short': 'TYM', 'description.short': 's' })],
      'en.json: "description.full" is not translated',
    ],
    [
      'a default file that misses a manifest string',
      [file('fi.json', { 'name.short': 'TYM-konsultaatio' }, true)],
      'fi.json: "description.short" is missing',
    ],
  ])('reports %s', (_, files, message) => {
    expect(checkLocalizations(manifest, files)).toEqual(
      expect.arrayContaining([expect.stringContaining(message)]),
    );
  });
});

describe('validateManifest', () => {
  it('reports a short name longer than Teams allows', async () => {
    const tooLong = { ...pkg.manifest, name: { short: 'x'.repeat(31) } };
    expect(await validateManifest(tooLong)).toEqual([
      expect.stringContaining('/name/short must NOT have more than 30 characters'),
    ]);
  });
});
