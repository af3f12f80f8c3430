import type { TeamSession } from '../../domain/team/session.js';
import type { AppDeps } from '../app-deps.js';

const MAX_TRIES = 5;

/**
 * Applies a change to the stored session with a version check, re-reading and re-applying when another write came
 * first. Resolves the session as stored, or undefined when it does not exist.
 */
export async function updateSession(
  deps: AppDeps,
  sessionId: string,
  change: (s: TeamSession) => TeamSession,
): Promise<TeamSession | undefined> {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const current = await deps.stores.sessions.get(sessionId);
    if (!current) return undefined;
    const next = change(current);
    if (next === current) return current;
    if (await deps.stores.sessions.replace(next, current.version)) return next;
  }
  throw new Error('session kept changing under the update');
}
