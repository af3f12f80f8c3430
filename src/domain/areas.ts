/**
 * Employment areas and their offices, as region profiles (DOMAIN.md §2–3). The code is what cases store; its
 * prefix starts the case reference (e.g. KUO-2026-0042). Names are proper nouns and the same in fi and en.
 */
export interface Area {
  readonly code: string;
  readonly name: string;
  readonly region: Region;
  /** Reference prefix, three capital letters. */
  readonly prefix: string;
}

export const REGIONS = ['pohjois-savo', 'satakunta'] as const;
export type Region = (typeof REGIONS)[number];

const area = (region: Region, code: string, name: string, prefix: string): Area => ({
  code,
  name,
  region,
  prefix,
});

/** Pohjois-Savo: three employment areas. Satakunta: one area, chosen by office (daily) or service point. */
export const AREAS: readonly Area[] = [
  area('pohjois-savo', 'kuopio', 'Kuopio', 'KUO'),
  area('pohjois-savo', 'yla-savo', 'Ylä-Savo', 'YLS'),
  area('pohjois-savo', 'keski-savo', 'Keski-Savo', 'KES'),
  area('satakunta', 'pori', 'Pori', 'POR'),
  area('satakunta', 'kankaanpaa', 'Kankaanpää', 'KAN'),
  area('satakunta', 'harjavalta', 'Harjavalta', 'HAR'),
  area('satakunta', 'kokemaki', 'Kokemäki', 'KOK'),
  area('satakunta', 'nakkila', 'Nakkila', 'NAK'),
  area('satakunta', 'ulvila', 'Ulvila', 'ULV'),
  area('satakunta', 'merikarvia', 'Merikarvia', 'MER'),
  area('satakunta', 'pomarkku', 'Pomarkku', 'POM'),
  area('satakunta', 'siikainen', 'Siikainen', 'SII'),
  area('satakunta', 'karvia', 'Karvia', 'KAR'),
  area('satakunta', 'jamijarvi', 'Jämijärvi', 'JAM'),
];

/** The areas a deployment offers: one region's, or all. */
export function areasFor(profile: Region | 'all'): readonly Area[] {
  return profile === 'all' ? AREAS : AREAS.filter((a) => a.region === profile);
}

export const findArea = (code: string): Area | undefined => AREAS.find((a) => a.code === code);
