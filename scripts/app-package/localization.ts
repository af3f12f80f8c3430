/**
 * Consistency between the manifest and its localization files, which the schemas cannot see: a localization key
 * must name a string of the manifest, the default language file must say what the manifest says, and every
 * additional language must translate the same keys.
 */

export interface LocalizationFile {
  readonly file: string;
  readonly languageTag: string;
  readonly isDefault: boolean;
  readonly json: Readonly<Record<string, unknown>>;
}

interface LocalizationInfo {
  readonly defaultLanguageTag?: string;
  readonly defaultLanguageFile?: string;
  readonly additionalLanguages?: readonly { readonly languageTag: string; readonly file: string }[];
}

/** Keys of a localization file that are not manifest strings. */
const META_KEYS = new Set(['$schema', 'localizationKeys']);

/** The localization files a manifest names, default language first. */
export function listLocalizationFiles(
  manifest: unknown,
): { file: string; languageTag: string; isDefault: boolean }[] {
  const info = (manifest as { localizationInfo?: LocalizationInfo } | null)?.localizationInfo;
  if (info === undefined) return [];
  const files = (info.additionalLanguages ?? []).map((l) => ({ ...l, isDefault: false }));
  if (info.defaultLanguageFile !== undefined) {
    files.unshift({
      file: info.defaultLanguageFile,
      languageTag: info.defaultLanguageTag ?? 'en-us',
      isDefault: true,
    });
  }
  return files;
}

/** Reads the manifest value a flat key such as `bots[0].commandLists[1].commands[0].title` names. */
export function resolveKey(manifest: unknown, key: string): unknown {
  const segments = key.split('.').flatMap((part) => {
    const [name = '', ...indexes] = part.split('[');
    return [name, ...indexes.map((i) => Number(i.replace(']', '')))].filter((s) => s !== '');
  });
  let node: unknown = manifest;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The translatable keys of a localization file. */
export function stringKeys(localization: LocalizationFile['json']): string[] {
  return Object.keys(localization).filter((key) => !META_KEYS.has(key));
}

/** Keys of the translatable strings this app uses (names, descriptions, static tabs, bot commands). */
export function localizableKeys(manifest: unknown): string[] {
  const m = (manifest ?? {}) as {
    name?: { full?: string };
    staticTabs?: readonly { name?: string }[];
    bots?: readonly { commandLists?: readonly { commands: readonly unknown[] }[] }[];
  };
  const keys = ['name.short', 'description.short', 'description.full'];
  if (m.name?.full !== undefined) keys.splice(1, 0, 'name.full');
  m.staticTabs?.forEach((tab, i) => tab.name !== undefined && keys.push(`staticTabs[${i}].name`));
  m.bots?.[0]?.commandLists?.forEach((list, l) =>
    list.commands.forEach((_, c) => {
      keys.push(
        `bots[0].commandLists[${l}].commands[${c}].title`,
        `bots[0].commandLists[${l}].commands[${c}].description`,
      );
    }),
  );
  return keys;
}

export function checkLocalizations(manifest: unknown, files: readonly LocalizationFile[]): string[] {
  const problems: string[] = [];
  const defaultFile = files.find((f) => f.isDefault);
  for (const { file, json, isDefault } of files) {
    for (const key of stringKeys(json)) {
      const target = resolveKey(manifest, key);
      if (typeof target !== 'string') {
        problems.push(`${file}: "${key}" names no string in manifest.json`);
      } else if (isDefault && json[key] !== target) {
        problems.push(
          `${file}: "${key}" differs from manifest.json, which holds the default language strings`,
        );
      }
    }
    if (isDefault) {
      const keys = new Set(stringKeys(json));
      for (const key of localizableKeys(manifest))
        if (!keys.has(key)) problems.push(`${file}: "${key}" is missing`);
    } else if (defaultFile !== undefined) {
      const keys = new Set(stringKeys(json));
      const expected = new Set(stringKeys(defaultFile.json));
      for (const key of expected) if (!keys.has(key)) problems.push(`${file}: "${key}" is not translated`);
      for (const key of keys)
        if (!expected.has(key)) problems.push(`${file}: "${key}" is missing from ${defaultFile.file}`);
    }
  }
  return problems;
}
