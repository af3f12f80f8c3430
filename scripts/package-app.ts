/**
 * `npm run package`: builds dist/appPackage/tym-consult.zip, the Teams app package to upload.
 * Configured by TEAMS_APP_ID, BOT_ID (default MICROSOFT_APP_ID) and PUBLIC_HOSTNAME; see docs/app-package.md.
 * Exits non-zero with the list of problems when anything is missing or would be refused by Teams.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildAppPackage } from './app-package/build-package.js';
import { checkAppVersion, readPackageEnv } from './app-package/env.js';

const root = new URL('../', import.meta.url);

function fail(problems: readonly string[]): never {
  console.error(`Teams app package not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

const env = readPackageEnv(process.env);
if (!env.ok) fail(env.error);

const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { version?: unknown };
const version = checkAppVersion(String(pkg.version));
if (!version.ok) fail(version.error);

if (env.value.isDevFallback) {
  console.warn(
    'TEAMS_APP_ID, BOT_ID/MICROSOFT_APP_ID and PUBLIC_HOSTNAME are unset: building a DEVELOPMENT package with fake ids\n' +
      `and host ${env.value.values.PUBLIC_HOSTNAME}. Do not upload it to a real tenant; set the three values for that.`,
  );
}

const built = await buildAppPackage({
  sourceDir: fileURLToPath(new URL('appPackage/', root)),
  outDir: fileURLToPath(new URL('dist/appPackage/', root)),
  values: { ...env.value.values, APP_VERSION: version.value },
});
if (!built.ok) fail(built.error);

const { TEAMS_APP_ID, BOT_ID, PUBLIC_HOSTNAME } = env.value.values;
console.log(
  `Built ${built.value.zipPath}\n  app ${TEAMS_APP_ID}, bot ${BOT_ID}, host ${PUBLIC_HOSTNAME}, version ${version.value}\n` +
    `  entries: ${built.value.entries.join(', ')}`,
);
