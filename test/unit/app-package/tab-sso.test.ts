import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { assembleAppPackage } from '../../../scripts/app-package/assemble.js';
import { loadConfig } from '../../../src/config.js';

const SOURCE_DIR = fileURLToPath(new URL('../../../appPackage/', import.meta.url));
const BOT_ID = '6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b';

it("accepts exactly the tokens the manifest's webApplicationInfo asks Teams for", async () => {
  const r = await assembleAppPackage(SOURCE_DIR, {
    TEAMS_APP_ID: '1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69',
    BOT_ID,
    PUBLIC_HOSTNAME: 'tym.example.fi',
    APP_VERSION: '0.1.0',
  });
  if (!r.ok) throw new Error(r.error.join('\n'));
  const info = r.value.manifest['webApplicationInfo'] as { id: string; resource: string };
  const config = loadConfig({
    MICROSOFT_APP_ID: BOT_ID,
    MICROSOFT_APP_TENANT_ID: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    PUBLIC_URL: 'https://tym.example.fi',
  });
  expect(config.tabSso?.audiences).toEqual([info.id, info.resource]);
});
