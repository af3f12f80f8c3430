import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, demoUser } from '../../../src/app/dev/demo-users.js';
import { createAuthenticate } from '../../../src/http/auth/authenticate.js';
import type { SsoVerifier } from '../../../src/http/auth/teams-sso.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const fakeRequest = (headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
  ({
    get: (name: string) => headers[name.toLowerCase()],
    socket: { remoteAddress },
  }) as unknown as Request;
const verifier: SsoVerifier = async (token) =>
  token === 'good'
    ? { ok: true, actor: { userId: 'oid', tenantId: 'tid' } }
    : { ok: false, failure: 'expired' };
const evaluator = { userId: demoUser('evaluator').objectId, tenantId: DEMO_TENANT_ID };

describe('who asks for the figures', () => {
  const dev = createAuthenticate({ mode: 'development', verifier });
  const production = createAuthenticate({ mode: 'production', verifier });

  it('takes the playground user from the header in development, from loopback only', async () => {
    expect(await dev(fakeRequest({ 'x-tym-dev-user': 'evaluator' }), NOW)).toEqual({
      ok: true,
      actor: evaluator,
    });
    expect(await dev(fakeRequest({ 'x-tym-dev-user': 'evaluator' }, '::ffff:127.0.0.1'), NOW)).toEqual({
      ok: true,
      actor: evaluator,
    });
    expect(await dev(fakeRequest({ 'x-tym-dev-user': 'evaluator' }, '10.0.0.5'), NOW)).toEqual({
      ok: false,
      failure: 'no-token',
    });
    expect(await dev(fakeRequest({ 'x-tym-dev-user': 'somebody' }), NOW)).toMatchObject({ ok: false });
  });

  it('never takes the header in production', async () => {
    expect(await production(fakeRequest({ 'x-tym-dev-user': 'evaluator' }), NOW)).toEqual({
      ok: false,
      failure: 'no-token',
    });
  });

  it('verifies a bearer token whenever one is sent, also in development', async () => {
    const bearer = (token: string) =>
      fakeRequest({ authorization: `Bearer ${token}`, 'x-tym-dev-user': 'evaluator' });
    expect(await dev(bearer('good'), NOW)).toEqual({ ok: true, actor: { userId: 'oid', tenantId: 'tid' } });
    expect(await dev(bearer('stale'), NOW)).toEqual({ ok: false, failure: 'expired' });
    expect(await production(bearer('good'), NOW)).toMatchObject({ ok: true });
    expect(await production(fakeRequest({ authorization: 'bearer good' }), NOW)).toMatchObject({ ok: true });
  });

  it.each([
    'Basic dXNlcjpwYXNz',
    'Bearer',
    'Bearer two words',
    'Bearer good,bad',
    `Bearer ${'a'.repeat(20_000)}`,
  ])('refuses the authorization header %s as malformed', async (header) => {
    expect(await production(fakeRequest({ authorization: header }), NOW)).toEqual({
      ok: false,
      failure: 'malformed',
    });
  });

  it('refuses any token when no SSO app is configured', async () => {
    const none = createAuthenticate({ mode: 'development' });
    expect(await none(fakeRequest({ authorization: 'Bearer good' }), NOW)).toEqual({
      ok: false,
      failure: 'sso-not-configured',
    });
  });
});
