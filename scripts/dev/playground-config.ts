/**
 * The Agents Playground's mock Teams tenant: synthetic users for the product's three roles plus two standing
 * members. The playground accepts exactly five `users` besides the current one.
 */
export const DEV_TENANT_ID = '00000000-0000-4000-8000-0000000000a1';

export const ROLES = ['worker', 'convenor', 'evaluator'] as const;
export type Role = (typeof ROLES)[number];

interface DevUser {
  key: string;
  givenName: string;
  surname: string;
  title: string;
}

const USERS: readonly DevUser[] = [
  { key: 'worker', givenName: 'Demo', surname: 'Työntekijä', title: 'työllisyyspalvelut' },
  { key: 'convenor', givenName: 'Demo', surname: 'Koollekutsuja', title: 'hyvinvointialue' },
  { key: 'evaluator', givenName: 'Demo', surname: 'Arvioija', title: 'pilotin arviointi' },
  { key: 'social', givenName: 'Demo', surname: 'Sosiaaliohjaaja', title: 'hyvinvointialue' },
  { key: 'kela', givenName: 'Demo', surname: 'Kela-asiantuntija', title: 'Kela' },
  { key: 'nurse', givenName: 'Demo', surname: 'Terveydenhoitaja', title: 'sote-keskus' },
];

/** Stable synthetic object ids, so each role keeps its cases across restarts of the playground. */
const objectId = (index: number) =>
  `00000000-0000-4000-8000-${(0xd0 + index).toString(16).padStart(12, '0')}`;

function toPlaygroundUser(u: DevUser, index: number) {
  return {
    id: `29:dev-${u.key}`,
    name: `${u.givenName} ${u.surname} (${u.title})`,
    userPrincipleName: `${u.key}@tym-demo.example`,
    aadObjectId: objectId(index),
    givenName: u.givenName,
    surname: u.surname,
    email: `${u.key}@tym-demo.example`,
  };
}

/** The playground's config file (YAML is a superset of JSON, so JSON is written). */
export function playgroundConfig(role: Role): string {
  const all = USERS.map(toPlaygroundUser);
  const current = all[USERS.findIndex((u) => u.key === role)]!;
  const others = all.filter((u) => u !== current).slice(0, 5);
  return JSON.stringify(
    {
      version: '0.1.1',
      tenantId: DEV_TENANT_ID,
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
