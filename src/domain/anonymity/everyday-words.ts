/**
 * Ordinary Finnish words, plausible at the start of a sentence in a case description, that are
 * also first names or surnames in the DVV lists. At the start of a sentence they are read as the
 * word ("Anna arviosi", "Usko omiin kykyihin", "Satu, jonka..."); mid-sentence a capital letter
 * still makes them a name ("hänen veljensä Toivo"). Popular names that are only rarely words at
 * the start of a case sentence (Helmi, Suvi, Kari) are left out on purpose.
 *
 * Hand-picked rather than taken from the zxcvbn common-word list because that list is built from
 * film subtitles and holds the popular names too (matti, laura, hanna); it is still used as a
 * second stop list for rarer names (see names.ts).
 */
const list = (words: string): readonly string[] => words.trim().split(/\s+/u);

export const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  list(`
    anna usko aino toivo satu tuuli kivi onni
    veli sisko kai into arvo voitto rauha lahja ilo valo voima taito toive muisto tarina unelma
    aamu ilta päivä yö kesä talvi kevät syksy lumi sade ilma meri uni
    toimi ensi oma sana varma mies asia pian minne ajan alla ala aina ole eli sai
    laina velka vuokra tuki osa kassa koulu asunto perhe kaveri naapuri ukko
    koski niemi mäki laine aalto lehto kallio ranta virta joki järvi saari vuori metsä pelto
    lahti kangas nurmi kuusi koivu
    vappu joulu juhannus saaristo vuoristo heimo ansa salli mainio ellen per max
    tarmo taimi armo lempi sulo oiva aarre hilja jalo urho kaste halla kielo ruusu lilja vieno tyyne
  `),
);

/**
 * Everyday words for things that come, go, return and stay away by themselves, as people do:
 * "Into palasi", "Tuuli tuli", "Onni on poissa". Before a verb of coming and going such a word is
 * only perhaps a person; a stone, a hill or a lake is not ("Kivi ei saapunut").
 */
export const MOVING_WORDS: ReadonlySet<string> = new Set(
  list(`
    onni toivo usko into ilo rauha armo taito tarmo voima lempi sulo tuuli sade lumi halla kaste
    aamu ilta päivä yö kesä talvi kevät syksy valo uni meri virta aalto laine koski joki ilma
    muisto unelma lahja aarre vappu joulu juhannus
  `),
);
