/**
 * Cheap guesses at the base form of an inflected Finnish proper noun, good enough to look names
 * and places up in a list: strip a clitic and a case ending, then undo the commonest stem changes.
 * It over-generates on purpose; a wrong guess only matters if it happens to be in a list.
 */

const CLITICS = ['kaan', 'kään', 'kin', 'han', 'hän', 'pa', 'pä', 'ko', 'kö'] as const;

/** Case endings, longest first so that "-lle" is tried before "-e". */
// prettier-ignore
const ENDINGS = [
  'ineen', 'seen', 'ksi', 'lle', 'lla', 'llä', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä',
  'tta', 'ttä', 'ten', 'han', 'hen', 'hin', 'hon', 'hun', 'hyn', 'hän', 'hön',
  'na', 'nä', 'ta', 'tä', 'an', 'en', 'in', 'on', 'un', 'yn', 'än', 'ön',
  'n', 'a', 'ä', 't',
] as const;

/** Possessive suffixes sit on the unchanged stem (Mattini, Liisansa), so no stem repair follows. */
const POSSESSIVES = ['nsa', 'nsä', 'ni', 'si'] as const;

/** Illative "-Vn" / "-hVn" repeats the stem's last vowel: Mattiin, Kuopioon, Kankaanpäähän (not "Arvion"). */
const ILLATIVE = /^h?([aeiouyäö])n$/u;

const MIN_STEM = 3;

/**
 * Weak grade -> strong grade of the consonant cluster before the stem's last vowel:
 * Matin -> Matti, Pekalle -> Pekka, Oudille -> Outi, Aallolle -> Aalto, Helsingissä -> Helsinki.
 */
// prettier-ignore
const STRENGTHEN: ReadonlyArray<readonly [weak: string, strong: string]> = [
  ['ng', 'nk'], ['mm', 'mp'], ['ll', 'lt'], ['nn', 'nt'], ['rr', 'rt'], ['lj', 'lk'], ['rj', 'rk'],
  ['d', 't'], ['v', 'p'],
];

export function lemmaCandidates(word: string): string[] {
  const out = new Set<string>([word]);
  for (const base of withoutClitic(word)) {
    out.add(base);
    for (const ending of ENDINGS) {
      if (base.length - ending.length < MIN_STEM || !base.endsWith(ending)) continue;
      const stem = base.slice(0, -ending.length);
      const illative = ILLATIVE.exec(ending);
      // "Spotifyhin", "Sonyhin": a foreign -y said as i takes the i's illative
      const isForeignY = ending === 'hin' && stem.endsWith('y');
      if (illative && stem.at(-1) !== illative[1] && !isForeignY) continue;
      for (const restored of restoreStem(stem)) out.add(restored);
    }
    for (const suffix of POSSESSIVES) {
      if (base.length - suffix.length >= MIN_STEM && base.endsWith(suffix))
        out.add(base.slice(0, -suffix.length));
    }
  }
  return [...out];
}

function withoutClitic(word: string): string[] {
  const bases = [word];
  for (const clitic of CLITICS) {
    if (word.length - clitic.length >= MIN_STEM && word.endsWith(clitic))
      bases.push(word.slice(0, -clitic.length));
  }
  return bases;
}

function restoreStem(stem: string): string[] {
  const out = [stem];
  // -nen surnames and adjectives inflect through -se-/-s-: Virtasen, Virtasta, Virtasille.
  if (stem.endsWith('se') || stem.endsWith('si')) out.push(stem.slice(0, -2) + 'nen');
  if (stem.endsWith('s')) out.push(stem.slice(0, -1) + 'nen');
  // Consonant-final names take a linking i: Lindholmin, Nyströmille, Ahmedia.
  if (/[^aeiouyäö]i$/u.test(stem)) out.push(stem.slice(0, -1));
  // Illative doubles the vowel (Liisaan, Kuopioon); e-stems lengthen it (Laineen, Tampereella).
  if (/([aeiouyäö])\1$/u.test(stem)) out.push(stem.slice(0, -1));
  for (const s of [...out]) out.push(...strengthen(s));
  // i-words show an e-stem (Niemelle, Järvellä, Suomessa); -joki, -mäki drop the k (Mäelle, Seinäjoella).
  for (const s of [...out]) {
    if (s.endsWith('oe') || s.endsWith('äe')) out.push(s.slice(0, -1) + 'ki');
    else if (s.endsWith('e')) out.push(s.slice(0, -1) + 'i');
  }
  return out;
}

function strengthen(stem: string): string[] {
  const m = /^(.*?[aeiouyäö])([^aeiouyäö]+)([aeiouyäö]+)$/u.exec(stem);
  if (!m) return [];
  const [, head = '', cluster = '', tail = ''] = m;
  const out: string[] = [];
  // A single k, p or t at the end of the cluster was doubled in the base form: Pekalle, Antille.
  const last = cluster.at(-1) ?? '';
  if ('kpt'.includes(last) && cluster.at(-2) !== last) out.push(head + cluster + last + tail);
  for (const [weak, strong] of STRENGTHEN) {
    if (cluster.endsWith(weak)) out.push(head + cluster.slice(0, -weak.length) + strong + tail);
  }
  return out;
}
