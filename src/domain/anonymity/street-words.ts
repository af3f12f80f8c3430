/** Street-name endings with the case forms that appear in running text ("Puistokadulla 5"). */
// prettier-ignore
export const STREET_ENDINGS = [
  'katu', 'kadun', 'kadulla', 'kadulle', 'kadulta', 'katua', 'katuun',
  'tie', 'tien', 'tiellä', 'tielle', 'tieltä', 'tietä', 'tiehen',
  'kuja', 'kujan', 'kujalla', 'kujalle', 'kujalta', 'kujaa', 'kujaan',
  'polku', 'polun', 'polulla', 'polulle', 'polulta', 'polkua', 'polkuun',
  'kaari', 'kaaren', 'kaarella', 'kaarelle', 'kaarelta', 'kaarta', 'kaareen',
  'linja', 'linjan', 'linjalla', 'linjalle', 'linjalta', 'linjaa', 'linjaan',
  'rinne', 'rinteen', 'rinteellä', 'rinteelle', 'rinteeltä', 'rinnettä', 'rinteeseen',
  'ranta', 'rannan', 'rannalla', 'rannalle', 'rannalta', 'rantaa', 'rantaan',
  'väylä', 'väylän', 'väylällä', 'väylälle', 'väylältä', 'väylää', 'väylään',
  'raitti', 'raitin', 'raitilla', 'kaarre', 'kaarteen', 'kaarteella',
  'gatan', 'gata', 'vägen', 'väg', 'gränd', 'stigen', 'gate', 'veien', 'gade', 'vej',
  'straße', 'strasse', 'tänav',
];

/** The forms a street takes as where someone moves: "muutti Kuusitielle", "muuttaa koulukadulle". */
// prettier-ignore
export const STREET_DESTINATION_ENDINGS = [
  'kadulle', 'kadulla', 'tielle', 'tiellä', 'kujalle', 'kujalla', 'polulle', 'polulla', 'kaarelle',
  'kaarella', 'linjalle', 'linjalla', 'rinteelle', 'rinteellä', 'väylälle', 'väylällä', 'raitille',
  'raitilla', 'kaarteelle', 'kaarteella',
];

/** Estonian street types after the name: "Tartu mnt 12-5", "Kalda tn 3", "Sõpruse pst 200". */
export const ESTONIAN_STREET_TYPES = [
  'mnt',
  'maantee',
  'tn',
  'tänav',
  'pst',
  'puiestee',
  'põik',
  'allee',
  'tee',
];

/** Towns beyond the border that appear after a postal code ("123 45 Stockholm", "10115 Tallinn"). */
export const FOREIGN_TOWNS: ReadonlySet<string> = new Set(
  `stockholm göteborg malmö uppsala luleå umeå haparanda kiruna sundsvall västerås örebro linköping
  tallinn tartu pärnu narva viljandi rakvere haapsalu kuressaare jõhvi maardu
  oslo bergen tromsø trondheim riga berlin hamburg`.split(/\s+/u),
);
