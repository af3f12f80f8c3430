/**
 * Short labels of the social-situation scale's levels (DOMAIN.md §2), for the intake's radio buttons: the level's
 * gist in a few words, so that the four domains of the longer column fit on one line of a narrow card. The full descriptions stay in
 * `triage.scale.domains` and are shown on the card on demand.
 */
export const scaleLevelsFi = {
  'managing-affairs': [
    'asiointi sujuu',
    'hoitaa viiveellä',
    'vaatii ohjausta',
    'tarvitsee apua',
    'jää hoitamatta',
  ],
  appointments: [
    'käynnit sovitusti',
    'käynnit osittain',
    'ei motivaatiota',
    'ei yhteistyötä',
    'perumattomia aikoja',
  ],
  housing: [
    'ei huolia',
    'asumisen ylläpito huolettaa',
    'rästejä / muuttoja',
    'häiriöitä, varoituksia',
    'häätö, asunnottomuus',
  ],
  employment: [
    'lyhyt työttömyys',
    'toistuva työttömyys',
    'palkkatuki, kokeilut',
    'useita kuty-jaksoja',
    'kuty keskeytynyt',
  ],
  finances: [
    'raha riittää',
    'satunnainen toimeentulotuki',
    'toistuva tarve, velkoja',
    'laskut rästissä',
    'vippejä, pelaamista',
  ],
  health: [
    'perusterve',
    'sairaus hoidossa',
    'työkyky selvittämättä',
    'hoito ei toteudu',
    'päihteitä, monta sairautta',
  ],
  'social-relationships': [
    'tasavertaiset suhteet',
    'läheisen hoiva kuormittaa',
    'vähän suhteita',
    'yksinäisyys, eristäytyminen',
    'väkivaltaa, turvattomuutta',
  ],
} as const satisfies Record<string, readonly [string, string, string, string, string]>;
