/**
 * Teams tab single sign-on: the token the tab gets from `authentication.getAuthToken()` is a Microsoft Entra
 * access token for the app's own API. It is trusted only when every check holds (REFERENCE.md "Bot security"):
 * RS256 signature by a key of the JWKS, audience, issuer of the token's own tenant, tenant allowed, `exp`/`nbf`
 * with a small clock tolerance, and the `access_as_user` scope. The user is `oid` + `tid`.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '../../app/app-deps.js';

/** The tab's SSO settings (config: TAB_SSO_CLIENT_ID, TAB_SSO_ALLOWED_TENANTS, TAB_SSO_JWKS_URL, PUBLIC_URL). */
export interface TabSsoSettings {
  /** Accepted `aud` values: the client id and the app id URI `api://<host>/<client id>`. */
  readonly audiences: readonly string[];
  readonly allowedTenantIds: readonly string[];
  readonly jwksUrl: string;
}

/** Why a token was refused: a code for the audit log, never the token or its claims. */
export type SsoFailure =
  | 'malformed'
  | 'bad-signature'
  | 'bad-algorithm'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'wrong-tenant'
  | 'expired'
  | 'not-yet-valid'
  | 'missing-scope'
  | 'no-user';

export type SsoResult =
  { readonly ok: true; readonly actor: Actor } | { readonly ok: false; readonly failure: SsoFailure };

export type SsoVerifier = (token: string, now: Date) => Promise<SsoResult>;

export const SSO_SCOPE = 'access_as_user';
const CLOCK_TOLERANCE_SECONDS = 60;

/** v2.0 tokens name the tenant's v2 endpoint; v1 tokens (an app id URI audience) the STS. */
const issuersOf = (tid: string) => [
  `https://login.microsoftonline.com/${tid}/v2.0`,
  `https://sts.windows.net/${tid}/`,
];

const CLAIM_FAILURES: Readonly<Record<string, SsoFailure>> = {
  aud: 'wrong-audience',
  iss: 'wrong-issuer',
  nbf: 'not-yet-valid',
  exp: 'expired',
};

/**
 * jose's refusals of the token as codes. Anything else (the JWKS unreachable, slow or not a key set) says nothing
 * about the token: it is thrown as a 503, and the error handler logs it.
 */
function failureOf(e: unknown): SsoFailure {
  if (e instanceof errors.JWTExpired) return 'expired';
  if (e instanceof errors.JWTClaimValidationFailed)
    return e.reason === 'missing' ? 'malformed' : (CLAIM_FAILURES[e.claim] ?? 'malformed');
  if (e instanceof errors.JOSEAlgNotAllowed) return 'bad-algorithm';
  if (e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey)
    return 'bad-signature';
  if (
    e instanceof errors.JWSInvalid ||
    e instanceof errors.JWTInvalid ||
    e instanceof errors.JOSENotSupported
  )
    return 'malformed';
  throw Object.assign(new Error('tab-sso.keys-unavailable', { cause: e }), { status: 503 });
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The checks jose does not make: the tenant, its issuer, the scope and who the user is. */
function checkClaims(payload: JWTPayload, allowed: readonly string[]): SsoResult {
  const { tid, oid, scp } = payload as JWTPayload & { tid?: unknown; oid?: unknown; scp?: unknown };
  if (!isText(tid) || !allowed.includes(tid.toLowerCase())) return { ok: false, failure: 'wrong-tenant' };
  if (!isText(payload.iss) || !issuersOf(tid).includes(payload.iss))
    return { ok: false, failure: 'wrong-issuer' };
  if (!isText(scp) || !scp.split(' ').includes(SSO_SCOPE)) return { ok: false, failure: 'missing-scope' };
  if (!isText(oid)) return { ok: false, failure: 'no-user' };
  return { ok: true, actor: { userId: oid, tenantId: tid } };
}

/** A verifier over a key source (the remote JWKS in production; tests may pass a local key set). */
export function teamsSsoVerifier(settings: TabSsoSettings, keys?: JWTVerifyGetKey): SsoVerifier {
  const jwks = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl), { timeoutDuration: 5_000 });
  const allowed = settings.allowedTenantIds.map((t) => t.toLowerCase());
  return async (token, now) => {
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        audience: [...settings.audiences],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: now,
        requiredClaims: ['exp', 'iss', 'aud'],
      });
      return checkClaims(payload, allowed);
    } catch (e) {
      return { ok: false, failure: failureOf(e) };
    }
  };
}
