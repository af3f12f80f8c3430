import { z } from 'zod';
import template from '../../cards/roles.card.json' with { type: 'json' };
import { grantableRoles, type Role } from '../domain/roles/roles.js';
import type { Messages } from '../i18n/fi.js';
import { LOCALES } from '../i18n/locale.js';
import { expandTemplate, type AdaptiveCardJson } from './card-json.js';

const Text = z.string().min(1);

export const RolesCardData = z.object({
  lang: z.enum(LOCALES),
  title: Text,
  notice: z.string(),
  yours: Text,
  intro: Text,
  roles: z.array(z.object({ title: Text, value: Text })).min(1),
  labels: z.object({ person: Text, personTyped: Text, role: Text, grant: Text, revoke: Text }),
});

/** Grant or take back a role: a people picker (typed object id as the fallback) and the roles the actor may grant. */
export function renderRolesCard(t: Messages, held: readonly Role[], notice = ''): AdaptiveCardJson {
  const r = t.convenor.roles;
  return expandTemplate(
    template,
    RolesCardData.parse({
      lang: t.lang,
      title: r.title,
      notice,
      yours: r.yours({ roles: held.map((x) => r.names[x]).join(', ') }),
      intro: r.intro,
      roles: grantableRoles(held).map((x) => ({ title: r.names[x], value: x })),
      labels: {
        person: r.person,
        personTyped: r.personTyped,
        role: r.role,
        grant: r.grant,
        revoke: r.revoke,
      },
    }),
  );
}
