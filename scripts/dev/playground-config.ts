import { DEMO_TENANT_ID, DEMO_USERS, demoUser, type DemoUser } from '../../src/app/dev/demo-users.js';

/**
 * The Agents Playground's mock Teams tenant: the demo users (src/app/dev/demo-users.ts) for the product's three
 * roles plus the demo team's standing members. The playground accepts exactly five `users` besides the current one.
 */
export const ROLES = ['worker', 'convenor', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];

function toPlaygroundUser(u: DemoUser) {
  return {
    id: `29:dev-${u.key}`,
    name: `${u.givenName} ${u.surname} (${u.title})`,
    userPrincipleName: `${u.key}@tym-demo.example`,
    aadObjectId: u.objectId,
    givenName: u.givenName,
    surname: u.surname,
    email: `${u.key}@tym-demo.example`,
  };
}

/** Development only: the users the playground plays may grant roles (`roolit`); only the convenor is made one. */
export const DEV_ADMIN_IDS = [demoUser('convenor').objectId];

/** The playground's config file (YAML is a superset of JSON, so JSON is written). */
export function playgroundConfig(role: Role): string {
  const all = DEMO_USERS.map(toPlaygroundUser);
  const current = all[DEMO_USERS.findIndex((u) => u.key === role)]!;
  const others = all.filter((u) => u !== current).slice(0, 5);
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId: DEMO_TENANT_ID,
      bot: { id: '00000000-0000-4000-8000-00000000b0a7', name: 'TYM-konsultaatio' },
      currentUser: current,
      users: others,
      personalChat: { id: `personal-chat-${role}` },
      groupChat: { id: 'group-chat-tym', name: 'TYM-konsultaatiotiimi (demo)' },
      team: {
        id: 'team-tym-kuopio',
        name: 'TYM Kuopio (demo)',
        aadGroupId: '00000000-0000-4000-8000-0000000000f1',
        channels: [{ id: 'channel-tym-consultations', name: 'Konsultaatiot' }],
      },
    },
    null,
    2,
  );
}
