/**
 * Organisations, services, products and brands that workers capitalise mid-sentence. Several
 * are also surnames in the DVV data (Kela, Posti, Rukkanen), so without this list they would be
 * flagged as names. Lower case, base form; inflected forms are found through `lemmaCandidates`.
 */
const list = (words: string): readonly string[] => words.trim().split(/\s+/u);

export const SERVICE_WORDS: ReadonlySet<string> = new Set([
  ...list(`
    kela kansaneläkelaitos ohjaamo tym typpi keha rukkanen työkkäri työvoimatoimisto
    te-palvelut te-toimisto työllisyyspalvelut työllisyysalue hyvinvointialue sote sote-keskus
    omakanta kanta omaolo suomi.fi vero verohallinto ulosotto ulosottolaitos takuusäätiö
    kuluttajaneuvonta velkaneuvonta oikeusaputoimisto edunvalvonta maistraatti dvv
    opetushallitus oph traficom migri maahanmuuttovirasto poliisi tulli puolustusvoimat
    puijola vamlas sosped a-klinikka a-klinikkasäätiö sininauha sininauhaliitto diakonissalaitos diakonia
    mielenterveysseura mieli klubitalo setlementti nuorisoasema nuorisotakuu kriisikeskus
    kriisipuhelin punainen risti spr pelastusarmeija seurakunta kirkko kirkkohallitus
    kuntoutussäätiö kiipula verve validia aspa vates invalidiliitto näkövammaisliitto
    kuuloliitto aivoliitto autismiliitto kehitysvammaliitto omaishoitajaliitto
    mehiläinen terveystalo pihlajalinna attendo esperi coronaria
    kys kuopion satasairaala hus tays oys tyks psshp pshva
    savonia sakky sataedu samk diak omnia xamk karelia turun amk yliopisto itä-suomen uef
    salpaus riveria keuda luovi winnova careeria ekami vamia kpedu lappia taitotalo edupoli axxell prakticum
    inveon semantix lingsoft tulkkikeskus hva finavia securitas avarn
    peliklinikka veikkaus alko posti kesko prisma citymarket lidl tokmanni k-market s-market
    sale alepa tori.fi wolt foodora bolt uber
    teams outlook excel word microsoft google facebook instagram whatsapp tiktok snapchat
    youtube linkedin telegram signal discord netflix
    työttömyyskassa kassa ytk erityisrahasto koulutusrahasto työllisyysrahasto eläketurvakeskus
    etk keva ilmarinen varma elo veritas fennia pohjola if lähitapiola
    nuotti tules kuntoutuskurssi ammatillinen työkanava ohjaamot vamos opo hetu sotu
  `),
  // medicines workers name in case text (the dictionary lacks most trade names): psychiatric, ADHD, sleep,
  // substitution treatment, alcohol, pain
  ...list(`
    opamox oxamin diapam temesta xanor tenox atarax ketipinor seroquel ketiapiini abilify zyprexa risperdal
    lito lamictal cipralex escitalopram sertralin sertraliini voxra valdoxan mirtazapin mirtazapiini venlafaksiini
    efexor pregabaliini lyrica gabapentiini elvanse concerta medikinet ritalin strattera intuniv metadoni
    buprenorfiini subutex suboxone buvidal naltreksoni selincro antabus oxynorm oksikodoni tramal tramadoli
    panacod burana pamol zopinox imovane melatoniini circadin
  `),
  // diagnoses named after a physician: "Aspergerin oireyhtymä", "Alzheimerin tauti"
  ...list(`
    asperger alzheimer parkinson crohn tourette huntington hodgkin raynaud bechterew menière ménière korsakov
    korsakoff wernicke duchenne dupuytren lyme wechsler sjögren hashimoto addison cushing kawasaki perthes
    scheuermann marfan klinefelter angelman charcot creutzfeldt basedow graves kanner barrett uhthoff guillain
    barré heberden bouchard baker tietze quervain dunning kruger osgood schlatter bell horner broca hirschsprung
    meckel behçet takayasu wegener gaucher fabry pompe tay sachs bartter conn ehlers danlos prader rett
  `),
  // clinical shorthand capitalised like a name: "Pt 58 v" (the patient), "Hb 112"
  ...list(`pt hb crp bmi rr`),
  // more services, schools, hospitals and platforms: education providers, hospitals, helplines, gig platforms
  ...list(`
    hyria laurea haaga-helia metropolia varia sedu novida stadin tredu gradia osao lapin redu
    folkhälsan peluuri sekasin valvira fimea tyks tays peijas meilahti kellokoski mela
    eezy ukko.fi jobly duunitori seure academic adecco barona staffpoint
    fortnite minecraft pokémon roblox supercell rovio tinder remedy reissumies valio
  `),
  // the wellbeing services counties by their own short names, and other public bodies workers write about: "Varhan
  // aikuissosiaalityö", "Siun soten fysioterapia", "Rise" (the prison and probation service)
  ...list(`
    varha pirha pohde siun soite eksote essote keusote vakehyva luvn hyvaks hyvaep lapha kymsote
    phhyky päijät-sote åhs rise rikosseuraamuslaitos spesia
  `),
  // languages and festivals: "Dari ja farsi", "Nowruz on perheen suurin juhla"
  ...list(`
    dari farsi pashto tigrinja amhara somali sorani kurmanji swahili tagalog urdu hindi bengali saame
    eid nowruz tết ramadan diwali hanukka
  `),
]);
