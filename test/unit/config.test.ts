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
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
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
    for (const key of [
      'MICROSOFT_APP_ID',
      'MICROSOFT_APP_PASSWORD',
      'MICROSOFT_APP_TENANT_ID',
      'HOST',
      'MONGODB_URI',
    ]) {
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
    [{ MONGODB_URI: 'http://db.example.fi' }, 'MONGODB_URI'],
    [{ MONGODB_URI: 'mongodb:/db.example.fi' }, 'MONGODB_URI'],
    [{ MONGODB_DB: 'tym.consult' }, 'MONGODB_DB'],
    [{ MONGODB_DB: '$tym' }, 'MONGODB_DB'],
    [{ RETENTION_TEXT_DAYS: '0' }, 'RETENTION_TEXT_DAYS'],
    [{ RETENTION_TEXT_DAYS: '1461' }, 'RETENTION_TEXT_DAYS'],
    [{ RETENTION_TEXT_DAYS: '30.5' }, 'RETENTION_TEXT_DAYS'],
    [{ RETENTION_RECORD_MONTHS: '0' }, 'RETENTION_RECORD_MONTHS'],
    [{ RETENTION_RECORD_MONTHS: '49' }, 'RETENTION_RECORD_MONTHS'],
    [{ PURGE_INTERVAL_MINUTES: '0' }, 'PURGE_INTERVAL_MINUTES'],
    [{ PURGE_INTERVAL_MINUTES: '10081' }, 'PURGE_INTERVAL_MINUTES'],
    [{ ANONYMITY_MORPHOLOGY: 'hunspell' }, 'ANONYMITY_MORPHOLOGY'],
  ])('refuses %o with a problem naming %s', (env, key) => {
    expect(problemsOf(env).some((p) => p.startsWith(key))).toBe(true);
  });

  it('keeps the in-memory store and the default retention when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      mongo: { uri: undefined, dbName: 'tym_consult' },
      retention: { textDays: 90, recordMonths: 12, purgeIntervalMinutes: 60 },
    });
  });

  it.each([
    [
      { MONGODB_URI: 'mongodb://127.0.0.1:27017/' },
      { mongo: { uri: 'mongodb://127.0.0.1:27017/', dbName: 'tym_consult' } },
    ],
    [
      {
        MONGODB_URI: 'mongodb+srv://app:synthetic@cluster0.example.net/?retryWrites=true',
        MONGODB_DB: 'tym-test_1',
      },
      {
        mongo: {
          uri: 'mongodb+srv://app:synthetic@cluster0.example.net/?retryWrites=true',
          dbName: 'tym-test_1',
        },
      },
    ],
    [
      { RETENTION_TEXT_DAYS: '1', RETENTION_RECORD_MONTHS: '1' },
      { retention: { textDays: 1, recordMonths: 1, purgeIntervalMinutes: 60 } },
    ],
    [
      { RETENTION_TEXT_DAYS: '1460', RETENTION_RECORD_MONTHS: '48', PURGE_INTERVAL_MINUTES: '1' },
      { retention: { textDays: 1460, recordMonths: 48, purgeIntervalMinutes: 1 } },
    ],
  ])('parses %o', (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{}, 'auto'],
    [{ ANONYMITY_MORPHOLOGY: 'voikko' }, 'voikko'],
    [{ ANONYMITY_MORPHOLOGY: 'lists' }, 'lists'],
    [{ ANONYMITY_MORPHOLOGY: '' }, 'auto'],
  ])('in development, reads the anonymity guard morphology %o as %s', (env, morphology) => {
    expect(loadConfig(env).anonymity).toEqual({ morphology });
  });

  it('requires Voikko in production: auto means voikko there', () => {
    expect(loadConfig(PROD).anonymity).toEqual({ morphology: 'voikko' });
    expect(loadConfig({ ...PROD, ANONYMITY_MORPHOLOGY: 'auto' }).anonymity).toEqual({ morphology: 'voikko' });
  });

  it('refuses the list-based guard in production', () => {
    const problems = problemsOf({ ...PROD, ANONYMITY_MORPHOLOGY: 'lists' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ANONYMITY_MORPHOLOGY: must be voikko or auto in production/);
  });

  it('does not repeat a refused MONGODB_URI, which may hold a password', () => {
    const problems = problemsOf({ MONGODB_URI: 'postgres://app:hunter2@db.example.fi/tym' });
    expect(problems).toHaveLength(1);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: '', HOST: '' }).isAuthDisabled).toBe(true);
    expect(loadConfig({ MONGODB_URI: '', MONGODB_DB: ' ' }).mongo).toEqual({
      uri: undefined,
      dbName: 'tym_consult',
    });
  });
});
