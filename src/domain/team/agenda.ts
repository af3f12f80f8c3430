import type { TeamSession } from './session.js';

/** Agenda edits by the convenor: pure changes of a session's case order. */

export const appendCase = (s: TeamSession, caseId: string): TeamSession =>
  s.caseIds.includes(caseId) ? s : { ...s, caseIds: [...s.caseIds, caseId], version: s.version + 1 };

export const removeCase = (s: TeamSession, caseId: string): TeamSession =>
  s.caseIds.includes(caseId)
    ? { ...s, caseIds: s.caseIds.filter((id) => id !== caseId), version: s.version + 1 }
    : s;

/** Moves a case one place earlier (the first stays first). */
export function moveEarlier(s: TeamSession, caseId: string): TeamSession {
  const i = s.caseIds.indexOf(caseId);
  if (i <= 0) return s;
  const ids = [...s.caseIds];
  [ids[i - 1], ids[i]] = [ids[i] ?? caseId, ids[i - 1] ?? caseId];
  return { ...s, caseIds: ids, version: s.version + 1 };
}

/** Keeps only the cases still on the agenda (a withdrawn or returned case frees its time box). */
export function keepCases(s: TeamSession, isOnAgenda: (caseId: string) => boolean): TeamSession {
  const ids = s.caseIds.filter(isOnAgenda);
  return ids.length === s.caseIds.length ? s : { ...s, caseIds: ids, version: s.version + 1 };
}
