import type { Widen } from './locale.js';

/** Finnish catalogue: the source of truth for keys. en.ts must have exactly the same shape. */
export const fi = {
  common: {
    comingSoon: 'Tämä toiminto on tulossa pian.',
    tryAgainShortly: 'Palvelussa on hetkellinen häiriö. Yritä hetken kuluttua uudelleen.',
    unknownAction: 'Tätä toimintoa ei tunnistettu. Kortti voi olla vanhentunut: avaa uusi valikko kirjoittamalla "apua".',
  },
  triage: {},
  anonymity: {},
};

export type Messages = Widen<typeof fi>;
