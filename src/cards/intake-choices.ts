import { z } from 'zod';
import type { Area, Region } from '../domain/areas.js';

export const Choice = z.object({ title: z.string().min(1), value: z.string().min(1) });
export const Choices = z.array(Choice).min(1);

export const options = <K extends string>(keys: readonly K[], titles: Readonly<Record<K, string>>) =>
  keys.map((k) => ({ title: titles[k], value: k }));

/** Region names are proper nouns, the same in Finnish and English. */
const REGION_NAMES: Readonly<Record<Region, string>> = {
  'pohjois-savo': 'Pohjois-Savo',
  satakunta: 'Satakunta',
};

/** Up to this many areas are shown as radio buttons (one click); more go into a dropdown. */
const MAX_EXPANDED_AREAS = 4;

/**
 * The employment areas a deployment offers, grouped by region: with one region only its areas, by name; with
 * several, each title starts with its region ("Satakunta: Pori") and the list stays in region order.
 */
export function areaChoices(areas: readonly Area[]): {
  choices: { title: string; value: string }[];
  style: 'compact' | 'expanded';
} {
  const isOneRegion = new Set(areas.map((a) => a.region)).size <= 1;
  const ordered = [...areas].sort((a, b) =>
    REGION_NAMES[a.region].localeCompare(REGION_NAMES[b.region], 'fi'),
  );
  return {
    choices: ordered.map((a) => ({
      title: isOneRegion ? a.name : `${REGION_NAMES[a.region]}: ${a.name}`,
      value: a.code,
    })),
    style: areas.length <= MAX_EXPANDED_AREAS ? 'expanded' : 'compact',
  };
}

/** Scale levels as choices: the level number first, then its whole description (the choice set wraps). */
export const scaleLevelChoices = (levels: readonly string[]) =>
  levels.map((text, n) => ({ title: `${n + 1} – ${text}`, value: String(n + 1) }));
