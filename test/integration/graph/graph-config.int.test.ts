import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

const GRAPH = {
  CALENDAR_PROVIDER: 'graph',
  GRAPH_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  GRAPH_CLIENT_ID: '66666666-7777-4888-8999-aaaaaaaaaaaa',
  GRAPH_ORGANIZER: 'tym-kalenteri@tym.example',
};
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    return e instanceof ConfigError ? e.problems : [String(e)];
  }
};

describe('calendar configuration', () => {
  it('stays on the local calendar by default', () => {
    expect(loadConfig({}).calendar).toEqual({ provider: 'local' });
  });

  it('switches to Graph with tenant, app, organizer and one credential', () => {
    expect(loadConfig({ ...GRAPH, GRAPH_CLIENT_SECRET: 's3cret' }).calendar).toEqual({
      provider: 'graph',
      tenantId: GRAPH.GRAPH_TENANT_ID,
      clientId: GRAPH.GRAPH_CLIENT_ID,
      organizer: GRAPH.GRAPH_ORGANIZER,
      credential: { kind: 'secret', secret: 's3cret' },
      baseUrl: 'https://graph.microsoft.com/v1.0',
    });
    expect(loadConfig({ ...GRAPH, GRAPH_CERTIFICATE_PATH: '/etc/tym/graph.pem' }).calendar).toMatchObject({
      credential: { kind: 'certificate', path: '/etc/tym/graph.pem' },
    });
    expect(loadConfig({ ...GRAPH, GRAPH_MANAGED_IDENTITY_CLIENT_ID: 'system' }).calendar).toMatchObject({
      credential: { kind: 'managed-identity', clientId: 'system' },
    });
  });

  it.each([
    [{ ...GRAPH }, 'GRAPH_CLIENT_SECRET: set exactly one'],
    [
      { ...GRAPH, GRAPH_CLIENT_SECRET: 's', GRAPH_CERTIFICATE_PATH: '/c.pem' },
      'GRAPH_CLIENT_SECRET: set exactly one',
    ],
    [{ ...GRAPH, GRAPH_CLIENT_SECRET: 's', GRAPH_TENANT_ID: '' }, 'GRAPH_TENANT_ID: is required'],
    [{ ...GRAPH, GRAPH_CLIENT_SECRET: 's', GRAPH_ORGANIZER: '' }, 'GRAPH_ORGANIZER: is required'],
    [
      { ...GRAPH, GRAPH_CLIENT_SECRET: 's', GRAPH_BASE_URL: 'http://graph.example/v1.0' },
      'GRAPH_BASE_URL: must be https',
    ],
  ])('refuses an incomplete or unsafe Graph setting (%#)', (env, problem) => {
    expect(problems(env).join('\n')).toContain(problem);
  });

  it('accepts http only for a loopback endpoint', () => {
    const env = { ...GRAPH, GRAPH_CLIENT_SECRET: 's', GRAPH_BASE_URL: 'http://127.0.0.1:4100/v1.0' };
    expect(loadConfig(env).calendar).toMatchObject({ baseUrl: 'http://127.0.0.1:4100/v1.0' });
  });
});
