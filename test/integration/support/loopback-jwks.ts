import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/** A tenant's signing key and a JWKS endpoint on loopback that publishes it, as Entra's discovery keys do. */
export interface LoopbackJwks {
  readonly url: string;
  /** A token signed with the published key (RS256, kid `k1`), with these claims and header overrides. */
  sign(claims: JWTPayload, header?: Record<string, unknown>): Promise<string>;
  /** The same, signed by a key nobody published (an attacker's). */
  signWithOtherKey(claims: JWTPayload): Promise<string>;
  stop(): Promise<void>;
}

export const KID = 'k1';

const signWith = (key: CryptoKey, claims: JWTPayload, header: Record<string, unknown> = {}) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT', ...header }).sign(key);

export async function startLoopbackJwks(): Promise<LoopbackJwks> {
  const published = await generateKeyPair('RS256');
  const other = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(published.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/keys') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/keys`,
    sign: (claims, header) => signWith(published.privateKey, claims, header),
    signWithOtherKey: (claims) => signWith(other.privateKey, claims),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
