/**
 * Brands and companies that workers write in case text and that are also surnames in the DVV
 * lists (Stockmann, Fazer, Paulig) or are read as places (Nokia). Lower case, base form.
 */
const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const BRANDS = list(`
  stockmann fazer paulig hartwall valio atria snellman saarioinen marimekko fiskars neste sampo
  nordea aktia danske op s-pankki telia dna moi finnair vr hsl nysse föli hesburger kotipizza
  sokos tokmanni motonet biltema ikea jysk gigantti verkkokauppa puuilo rainbow kesko rautakesko
  k-rauta stadium intersport lindex hemtex clas ohlson wärtsilä kone patria orkla arla lidl
  sale alepa siwa halpahalli hakaniemen berner sinebrychoff olvi unilever reima lumene
`);

/**
 * Brands that are also common first names: a person unless the words around make them the
 * company ("Elisan liittymä", "Pirkka-tuotteet", "töissä Elisalla").
 */
export const NAME_LIKE_BRANDS = list(`elisa pirkka saga emma linda mira`);
