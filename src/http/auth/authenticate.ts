import type { Request } from 'express';
import type { Actor } from '../../app/app-deps.js';
import { devUserOf } from './dev-user.js';
import { teamsSsoVerifier, type SsoFailure, type SsoVerifier, type TabSsoSettings } from './teams-sso.js';

/** Who asks, or why nobody could be made out (a code for the audit log). */
export type Authentication =
  | { readonly ok: true; readonly actor: Actor }
  | { readonly ok: false; readonly failure: 'no-token' | 'sso-not-configured' | SsoFailure };

export type Authenticate = (req: Request, now: Date) => Promise<Authentication>;

/** Bigger than any Entra access token; a longer header is not one. */
const MAX_TOKEN_LENGTH = 16_384;
const BEARER = /^Bearer ([A-Za-z0-9\-_.~+/]+=*)$/i;

export interface AuthenticateOptions {
  readonly mode: 'development' | 'production';
  /** Unset: no bearer token is accepted (development without an app registration). */
  readonly sso?: TabSsoSettings | undefined;
  /** Replaces the verifier built from `sso` (tests). */
  readonly verifier?: SsoVerifier;
}

/**
 * A bearer token is always verified when one is sent. Without one, development accepts the playground user named
 * in `x-tym-dev-user` from loopback (the tab in a plain browser); production accepts nobody.
 */
export function createAuthenticate(options: AuthenticateOptions): Authenticate {
  const verify = options.verifier ?? (options.sso && teamsSsoVerifier(options.sso));
  return async (req, now) => {
    const header = req.get('authorization');
    if (header === undefined) {
      const dev = options.mode === 'development' ? devUserOf(req) : undefined;
      return dev ? { ok: true, actor: dev } : { ok: false, failure: 'no-token' };
    }
    const token = header.length <= MAX_TOKEN_LENGTH ? BEARER.exec(header)?.[1] : undefined;
    if (!token) return { ok: false, failure: 'malformed' };
    if (!verify) return { ok: false, failure: 'sso-not-configured' };
    return verify(token, now);
  };
}
