import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const APP_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
const TENANT = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const PROD = {
  TYM_MODE: 'production',
  HOST: '0.0.0.0',
  MICROSOFT_APP_ID: APP_ID,
  MICROSOFT_APP_PASSWORD: 'synthetic',
  MICROSOFT_APP_TENANT_ID: TENANT,
};

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
};

describe('loadConfig', () => {
  it('starts in development on loopback with authentication off when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ mode: 'development', host: '127.0.0.1', port: 3978, isAuthDisabled: true });
    expect(c.allowedTenantIds).toEqual([]);
  });

  it('refuses to start in production without credentials, naming every missing key at once', () => {
    const problems = problemsOf({ TYM_MODE: 'production' });
    for (const key of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID', 'HOST']) {
      expect(problems.some((p) => p.startsWith(key))).toBe(true);
    }
  });

  it('refuses authentication off on a non-loopback interface, even in development', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })[0]).toMatch(/loopback/);
  });

  it('defaults the tenant allow-list to the app tenant in production', () => {
    expect(loadConfig(PROD).allowedTenantIds).toEqual([TENANT]);
  });

  it('parses a comma-separated tenant allow-list', () => {
    const other = '0a0b0c0d-1111-4222-8333-444455556666';
    expect(loadConfig({ ...PROD, ALLOWED_TENANT_IDS: ` ${TENANT}, ${other} ` }).allowedTenantIds).toEqual([
      TENANT,
      other,
    ]);
  });

  it.each([
    [{ PORT: 'http' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ TYM_MODE: 'staging' }, 'TYM_MODE'],
    [{ MICROSOFT_APP_ID: 'not-a-guid' }, 'MICROSOFT_APP_ID'],
    [{ ALLOWED_TENANT_IDS: 'abc,def' }, 'ALLOWED_TENANT_IDS'],
    [{ BODY_LIMIT_BYTES: '10' }, 'BODY_LIMIT_BYTES'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
  ])('refuses %o with a problem naming %s', (env, key) => {
    expect(problemsOf(env).some((p) => p.startsWith(key))).toBe(true);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: '', HOST: '' }).isAuthDisabled).toBe(true);
  });
});
