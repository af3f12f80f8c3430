import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { GraphError } from './graph-error.js';

const UserResponse = z.object({ mail: z.string().nullish(), userPrincipalName: z.string().nullish() });

/**
 * SMTP addresses for people given by Entra object id: `getSchedule` and attendees take addresses only. Ids that
 * already are addresses are used as they are; others are looked up once (`GET /users/{id}`, needs `User.Read.All`).
 */
export class GraphDirectory {
  private readonly known = new Map<string, Promise<string | undefined>>();
  constructor(
    private readonly client: Client,
    private readonly prefer: string,
  ) {}

  /** The person's address; `undefined` when the directory has no such user. */
  addressOf(id: string): Promise<string | undefined> {
    if (id.includes('@')) return Promise.resolve(id);
    let address = this.known.get(id);
    if (!address) {
      address = this.lookUp(id);
      // a failed look-up is not remembered: the next call asks again
      address.catch(() => this.known.delete(id));
      this.known.set(id, address);
    }
    return address;
  }

  private async lookUp(id: string): Promise<string | undefined> {
    let body: unknown;
    try {
      body = await this.client
        .api(`/users/${encodeURIComponent(id)}`)
        .header('Prefer', this.prefer)
        .select('mail,userPrincipalName')
        .get();
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 404) return undefined;
      throw new GraphError(typeof status === 'number' && status > 0 ? 'http' : 'transport', 'look up user', {
        ...(typeof status === 'number' && status > 0 && { status }),
        cause: error,
      });
    }
    const user = UserResponse.safeParse(body);
    if (!user.success) throw new GraphError('unexpected-response', 'look up user: not the documented shape');
    return user.data.mail ?? user.data.userPrincipalName ?? undefined;
  }
}
