import { describe, expect, it } from 'vitest';
import { checkAppVersion, DEV_VALUES, readPackageEnv } from '../../../scripts/app-package/env.js';

const APP = '1b4f7c2e-0d7a-4c55-9a0e-3f1d2c4b5a69';
const BOT = '6f1e2d3c-4b5a-4978-8a1b-2c3d4e5f6a7b';
const OTHER_BOT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('readPackageEnv', () => {
  it('uses the fake development values, and says so, when nothing is configured', () => {
    const r = readPackageEnv({ PUBLIC_HOSTNAME: '  ' });
    expect(r).toEqual({ ok: true, value: { values: DEV_VALUES, isDevFallback: true } });
  });

  it('never falls back to development values in production mode', () => {
    const r = readPackageEnv({ TYM_MODE: 'production' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.join('\n')).toMatch(
        /TEAMS_APP_ID is required[\s\S]*BOT_ID[\s\S]*PUBLIC_HOSTNAME is required/,
      );
  });

  it('takes the bot id from MICROSOFT_APP_ID when BOT_ID is unset', () => {
    const r = readPackageEnv({ TEAMS_APP_ID: APP, MICROSOFT_APP_ID: BOT, PUBLIC_HOSTNAME: 'tym.example.fi' });
    expect(r).toEqual({
      ok: true,
      value: {
        values: { TEAMS_APP_ID: APP, BOT_ID: BOT, PUBLIC_HOSTNAME: 'tym.example.fi' },
        isDevFallback: false,
      },
    });
  });

  it('prefers BOT_ID over MICROSOFT_APP_ID', () => {
    const r = readPackageEnv({
      TEAMS_APP_ID: APP,
      BOT_ID: BOT,
      MICROSOFT_APP_ID: OTHER_BOT,
      PUBLIC_HOSTNAME: 'tym.example.fi',
    });
    expect(r.ok && r.value.values.BOT_ID).toBe(BOT);
  });

  it.each([
    ['tym.example.fi', 'tym.example.fi'],
    ['TYM.Example.FI', 'tym.example.fi'],
    ['localhost', 'localhost'],
    ['localhost:53000', 'localhost:53000'],
    ['abc123.euw.devtunnels.ms', 'abc123.euw.devtunnels.ms'],
  ])('accepts the host name %s', (input, expected) => {
    const r = readPackageEnv({ TEAMS_APP_ID: APP, BOT_ID: BOT, PUBLIC_HOSTNAME: input });
    expect(r.ok && r.value.values.PUBLIC_HOSTNAME).toBe(expected);
  });

  it.each([
    ['a TEAMS_APP_ID that is not a GUID', { TEAMS_APP_ID: 'tym-consult' }, 'TEAMS_APP_ID must be a GUID'],
    ['a BOT_ID that is not a GUID', { BOT_ID: '1234' }, 'BOT_ID (or MICROSOFT_APP_ID) must be a GUID'],
    [
      'a PUBLIC_HOSTNAME with a scheme',
      { PUBLIC_HOSTNAME: 'https://tym.example.fi' },
      'PUBLIC_HOSTNAME must be a bare host name',
    ],
    [
      'a PUBLIC_HOSTNAME with a path',
      { PUBLIC_HOSTNAME: 'tym.example.fi/tab' },
      'PUBLIC_HOSTNAME must be a bare host name',
    ],
    [
      'a PUBLIC_HOSTNAME with a wildcard',
      { PUBLIC_HOSTNAME: '*.example.fi' },
      'PUBLIC_HOSTNAME must be a host name',
    ],
    [
      'a PUBLIC_HOSTNAME with a space',
      { PUBLIC_HOSTNAME: 'tym example.fi' },
      'PUBLIC_HOSTNAME must be a host name',
    ],
    [
      'a missing PUBLIC_HOSTNAME once anything else is set',
      { PUBLIC_HOSTNAME: undefined },
      'PUBLIC_HOSTNAME is required',
    ],
  ])('refuses %s with a message naming the key', (_, override, message) => {
    const r = readPackageEnv({
      TEAMS_APP_ID: APP,
      BOT_ID: BOT,
      PUBLIC_HOSTNAME: 'tym.example.fi',
      ...override,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual([expect.stringContaining(message)]);
  });
});

describe('checkAppVersion', () => {
  it.each([
    ['0.1.0', true],
    ['12.0.3', true],
    ['1.0.0-beta.1', false],
    ['1.0', false],
    ['01.0.0', false],
  ])('%s is a Teams app version: %s', (version, isValid) => {
    expect(checkAppVersion(version).ok).toBe(isValid);
  });
});
