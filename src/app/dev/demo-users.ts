import type { MemberRole } from '../../domain/team/team.js';

/**
 * Development only: the synthetic tenant and users the local Teams client (Agents Playground) plays, shared by the
 * dev command's playground config and the demo seed, so the seeded team's members are the users one can play.
 */
export const DEMO_TENANT_ID = '00000000-0000-4000-8000-0000000000a1';

export interface DemoUser {
  readonly key: 'worker' | 'convenor' | 'evaluator' | 'social' | 'kela' | 'nurse';
  readonly givenName: string;
  readonly surname: string;
  readonly title: string;
  /** Entra object id, stable so each role keeps its cases across restarts. */
  readonly objectId: string;
  /** Their seat in the demo consultation team, if they hold one. */
  readonly memberRole?: MemberRole;
}

const objectId = (index: number) =>
  `00000000-0000-4000-8000-${(0xd0 + index).toString(16).padStart(12, '0')}`;

export const DEMO_USERS: readonly DemoUser[] = [
  {
    key: 'worker',
    givenName: 'Demo',
    surname: 'Työntekijä',
    title: 'työllisyyspalvelut',
    memberRole: 'employment-expert',
  },
  { key: 'convenor', givenName: 'Demo', surname: 'Koollekutsuja', title: 'hyvinvointialue' },
  { key: 'evaluator', givenName: 'Demo', surname: 'Arvioija', title: 'pilotin arviointi' },
  {
    key: 'social',
    givenName: 'Demo',
    surname: 'Sosiaaliohjaaja',
    title: 'hyvinvointialue',
    memberRole: 'social-worker',
  },
  { key: 'kela', givenName: 'Demo', surname: 'Kela-asiantuntija', title: 'Kela', memberRole: 'kela' },
  {
    key: 'nurse',
    givenName: 'Demo',
    surname: 'Terveydenhoitaja',
    title: 'sote-keskus',
    memberRole: 'public-health-nurse',
  },
].map((u, index) => ({ ...u, objectId: objectId(index) }) as DemoUser);

/** The demo user playing `key`. */
export function demoUser(key: DemoUser['key']): DemoUser {
  const user = DEMO_USERS.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user ${key}`);
  return user;
}
