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

/** Scale levels as choices: the level number and its short label, one line each even on a narrow card. */
export const scaleLevelChoices = (shortLabels: readonly string[]) =>
  shortLabels.map((label, n) => ({ title: `${n + 1} ${label}`, value: String(n + 1) }));

/** The scale's full level descriptions, per domain, for the card's "show the level descriptions" panel. */
export const levelDescriptions = (domains: readonly { name: string; levels: readonly string[] }[]) =>
  domains.map((d) => ({
    name: d.name,
    facts: d.levels.map((text, n) => ({ title: String(n + 1), value: text })),
  }));

/** Splits the scale's domains into two columns, the first one the longer. */
export const inTwoColumns = <T>(items: readonly T[]) => {
  const half = Math.ceil(items.length / 2);
  return [{ domains: items.slice(0, half) }, { domains: items.slice(half) }];
};
