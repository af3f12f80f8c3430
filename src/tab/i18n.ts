/**
 * The dashboard's words in Finnish and English. Keys that name domain codes are typed by the domain's unions, so a
 * new decision, table or column cannot go unlabelled; both languages share one shape (`Messages`).
 */
import type { Decision, ServicesNeeded } from '../domain/case/outcome.js';
import type { AgeGroup, Organisation, ScaleDomain } from '../domain/case/vocabulary.js';
import type { BottleneckReason, Grouping, PeriodKind, TableId } from './figures-json.js';

export const LANGS = ['fi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Columns<K extends string> = Readonly<Record<K, string>>;
type WithTotal<K extends string> = Columns<K | 'total'>;

/** Column labels per table (the same code, e.g. `health`, means different things in different tables). */
interface TableColumns {
  readonly flow: Columns<'brought' | 'network-held' | 'reviews-on-time' | 'reviews-late'>;
  readonly outcomes: WithTotal<Decision>;
  readonly services: WithTotal<ServicesNeeded>;
  readonly 'referral-route': WithTotal<'via-team' | 'direct'>;
  readonly multidisciplinary: Columns<'clear-need'>;
  readonly agreement: WithTotal<'agreed' | 'differed' | 'no-recommendation'>;
  readonly 'differed-towards': WithTotal<Decision>;
  readonly bottlenecks: Columns<
    'waiting-over-threshold' | 'returned' | 'sessions-over-capacity' | 'reviews-overdue'
  >;
  readonly profile: Columns<ScaleDomain | 'three-plus-domains' | 'kela'>;
}

interface TableText {
  readonly title: string;
  readonly description: string;
}

const fi = {
  appTitle: 'Seurantaluvut',
  appSubtitle: 'TYM-konsultaatio · pilotin seuranta',
  loading: 'Haetaan lukuja…',
  errors: {
    unauthenticated: 'Kirjautuminen ei onnistunut. Avaa Seuranta-välilehti Teamsissa uudelleen.',
    forbidden:
      'Sinulla ei ole oikeutta seurantalukuihin. Ne näkevät arvioijat, koollekutsujat ja ylläpitäjät; pyydä roolia ylläpitäjältä.',
    failed: 'Lukuja ei saatu haettua. Yritä hetken päästä uudelleen.',
    download: 'CSV-tiedostoa ei saatu ladattua. Yritä uudelleen.',
  },
  pickers: {
    label: 'Valinnat',
    period: 'Jakso',
    grouping: 'Ryhmittely',
    area: 'Alue',
    kinds: { month: 'Kuukaudet', quarter: 'Vuosineljännekset', pilot: 'Pilotti' } satisfies Record<
      PeriodKind,
      string
    >,
  },
  groupings: {
    area: 'Alueittain',
    organisation: 'Organisaatioittain',
    'age-group': 'Ikäryhmittäin',
  } satisfies Record<Grouping, string>,
  groupingColumn: { area: 'Alue', organisation: 'Organisaatio', 'age-group': 'Ikäryhmä' } satisfies Record<
    Grouping,
    string
  >,
  period: {
    quarter: (q: number, year: number) => `Q${q}/${year}`,
    pilot: 'Koko pilotti',
  },
  actions: {
    csv: 'Lataa CSV',
    report: 'Tulostettava raportti',
    print: 'Tulosta',
    back: 'Takaisin seurantaan',
  },
  headline: {
    title: 'Jakson tärkeimmät luvut',
    brought: 'Tuotu konsultaatio\u00adtiimiin',
    networkHeld: 'Verkosto\u00adkonsultaatioita pidetty',
    decided: 'Päätöksiä tehty',
    referrals: 'Ohjaukset TYM-asiak\u00adkuuteen',
    viaTeam: 'tiimin kautta',
    direct: 'suoraan',
    medianWait: 'Odotus käsittelyyn, mediaani',
    p90: (days: string) => `90 %: ${days} vrk`,
    days: 'vrk',
    allAreas: 'Kaikki ryhmät yhteensä',
    smallNote: '1–4 tapausta',
    hiddenNote: 'piilotettu',
    fewMeasured: 'alle 5 mitattua',
  },
  trend: {
    title: 'Kehitys kuukausittain',
    description: 'Kaikki ryhmät yhteensä kuukausittain.',
    chart: 'Kaavio',
    table: 'Taulukko',
    views: 'Näkymä',
    month: 'Kuukausi',
    chartLabel: 'Pylväskaavio: tuodut tapaukset, päätökset ja verkostokonsultaatiot kuukausittain',
    missing: 'Pylväs puuttuu, kun luku on alle 5 tai piilotettu.',
  },
  tables: {
    title: 'Luvut ryhmittäin',
    total: 'Yhteensä',
    allGroups: 'kaikki ryhmät yhteensä',
    monthOnlyTotal:
      'Kuukauden luvut julkaistaan vain kaikista ryhmistä yhteensä: kuukausi yhdellä alueella on useimmiten alle viisi tapausta. Ryhmittäin ne näkyvät neljänneksittäin ja koko pilotista.',
    waiting: {
      title: 'Odotusajat',
      description: 'Jättämisestä käsittelyyn (vrk); verkostokonsultaatiot erikseen.',
    },
    waitingColumns: {
      discussedMedian: 'Käsittelyyn, mediaani',
      discussedP90: 'Käsittelyyn, 90 %',
      networkMedian: 'Verkosto\u00adkonsultaatioon, mediaani',
      networkP90: 'Verkosto\u00adkonsultaatioon, 90 %',
    },
    byId: {
      flow: {
        title: 'Tapaukset',
        description:
          'Konsultaatiotiimiin tuodut tapaukset, pidetyt verkostokonsultaatiot ja niiden läpikäynnit asiakkaan kanssa.',
      },
      outcomes: { title: 'Tiimin päätökset', description: 'Jaksolla kirjatut päätökset.' },
      services: {
        title: 'Tarvittavat palvelut',
        description: 'Tarvitseeko asiakas hyvinvointialueen sosiaali- vai terveyspalveluja vai molempia.',
      },
      'referral-route': {
        title: 'Ohjausreitti TYM-asiakkuuteen',
        description: 'Konsultaatiotiimin kautta vai suoraan ilman tiimiä.',
      },
      multidisciplinary: {
        title: 'Selkeä monialainen tarve',
        description: 'Päätös TYM-asiakkuudesta tai haasteita (≥ 3) vähintään kolmella osa-alueella.',
      },
      agreement: {
        title: 'Suositus ja tiimin päätös',
        description: 'Kuinka usein tiimi päätyi botin suositukseen.',
      },
      'differed-towards': {
        title: 'Kun tiimi päätti toisin',
        description: 'Mihin päätökseen tiimi päätyi, kun se poikkesi suosituksesta.',
      },
      bottlenecks: {
        title: 'Pullonkaulat',
        description:
          'Yli kynnysajan odottavat, lisätietoja varten palautetut, ylitäydet tapaamiset ja myöhässä olevat läpikäynnit.',
      },
      profile: {
        title: 'Sosiaalisen tilanteen profiili',
        description: 'Tapaukset, joilla on haasteita (≥ 3) kullakin osa-alueella; Kela-yhteistyö.',
      },
    } satisfies Record<TableId, TableText>,
    columns: {
      flow: {
        brought: 'Tuotu tiimiin',
        'network-held': 'Verkosto\u00adkonsultaatioita',
        'reviews-on-time': 'Läpi\u00adkäynti asiakkaan kanssa ajallaan',
        'reviews-late': 'Läpi\u00adkäynti myöhässä',
      },
      outcomes: {
        'tym-client': 'TYM-asiak\u00adkuus',
        'social-services-contact': 'Sosiaali\u00adhuolto: yhteyden\u00adotto',
        'social-services-notification': 'Sosiaali\u00adhuolto: ilmoitus',
        'health-services-first': 'Terveys\u00adpalvelut ensin',
        bilateral: 'Kahden\u00advälinen yhteis\u00adtyö',
        'tym-not-current': 'TYM ei ajan\u00adkohtainen',
        total: 'Yhteensä',
      },
      services: {
        social: 'Sosiaali\u00adpalvelut',
        health: 'Terveys\u00adpalvelut',
        both: 'Molemmat',
        none: 'Ei kumpaakaan',
        total: 'Yhteensä',
      },
      'referral-route': { 'via-team': 'Tiimin kautta', direct: 'Suoraan', total: 'Yhteensä' },
      multidisciplinary: { 'clear-need': 'Selkeä tarve' },
      agreement: {
        agreed: 'Sama kuin suositus',
        differed: 'Toisin kuin suositus',
        'no-recommendation': 'Ei suositusta',
        total: 'Yhteensä',
      },
      'differed-towards': {
        'tym-client': 'TYM-asiak\u00adkuus',
        'social-services-contact': 'Sosiaali\u00adhuolto: yhteyden\u00adotto',
        'social-services-notification': 'Sosiaali\u00adhuolto: ilmoitus',
        'health-services-first': 'Terveys\u00adpalvelut ensin',
        bilateral: 'Kahden\u00advälinen yhteis\u00adtyö',
        'tym-not-current': 'TYM ei ajan\u00adkohtainen',
        total: 'Yhteensä',
      },
      bottlenecks: {
        'waiting-over-threshold': 'Odottaa yli kynnys\u00adajan',
        returned: 'Palautettu lisä\u00adtietoja varten',
        'sessions-over-capacity': 'Tapaamisia yli kapasi\u00adteetin',
        'reviews-overdue': 'Läpi\u00adkäynti asiakkaan kanssa myöhässä',
      },
      profile: {
        'managing-affairs': 'Asioiden hoita\u00adminen',
        appointments: 'Asiointi palve\u00adluissa',
        housing: 'Asuminen',
        employment: 'Työlli\u00adsyys',
        finances: 'Talous',
        health: 'Terveys',
        'social-relationships': 'Sosiaaliset suhteet',
        'three-plus-domains': 'Kolmella tai useam\u00admalla',
        kela: 'Kela-yhteis\u00adtyö',
      },
    } satisfies TableColumns,
    organisations: {
      'employment-authority': 'Työvoima\u00adviranomainen',
      'wellbeing-social': 'Hyvinvointi\u00adalue: sosiaali\u00adpalvelut',
      'wellbeing-health': 'Hyvinvointi\u00adalue: terveys\u00adpalvelut',
      'wellbeing-psychosocial': 'Hyvinvointi\u00adalue: psyko\u00adsosiaaliset',
      kela: 'Kela',
    } satisfies Record<Organisation, string>,
    ageGroups: { 'under-23': 'alle 23 v', '23-29': '23–29 v', '30-plus': '30 v tai yli' } satisfies Record<
      AgeGroup,
      string
    >,
  },
  cells: {
    small: '<5',
    smallSpoken: 'alle viisi',
    hidden: '–',
    hiddenSpoken: 'piilotettu',
    rateNote: 'Prosenttiosuus näytetään luvun vieressä, kun sen osat ovat näkyvissä.',
    legend:
      '<5 = 1–4 tapausta. – = piilotettu, jotta pientä lukua ei voi laskea muista luvuista ja summista. Luvut ovat koodatuista tiedoista, eivät tapausten tekstistä.',
  },
  bottlenecks: {
    title: 'Pullonkaulalista',
    description: 'Tapausten viitteet, ei muita tietoja.',
    reference: 'Viite',
    reason: 'Syy',
    days: 'Päiviä',
    empty: 'Ei pullonkauloja tällä alueella tällä jaksolla.',
    listLabel: (area: string) => `Pullonkaulat: ${area}`,
    reasons: {
      'waiting-over-threshold': 'Odottaa yli kynnysajan',
      returned: 'Palautettu lisätietoja varten',
      'review-overdue': 'Läpikäynti asiakkaan kanssa myöhässä',
    } satisfies Record<BottleneckReason, string>,
  },
  report: {
    title: (period: string) => `Seurantaraportti: ${period}`,
    meta: (grouping: string, printed: string) => `${grouping} · tulostettu ${printed}`,
    navigation: 'Raportin toiminnot',
    pages: {
      summary: 'Yhteenveto',
      waiting: 'Odotusajat ja pullonkaulat',
      decisions: 'Päätökset ja palvelutarve',
      route: 'Ohjausreitti ja monialainen tarve',
      recommendations: 'Monialaisuus ja suositukset',
      situation: 'Pullonkaulat ja tilanneprofiili',
      profile: 'Sosiaalisen tilanteen profiili',
    },
  },
};

export type Messages = typeof fi;

const decisionsEn = {
  'tym-client': 'TYM client relationship',
  'social-services-contact': 'Social services: contact',
  'social-services-notification': 'Social services: notification',
  'health-services-first': 'Health services first',
  bilateral: 'Bilateral cooperation',
  'tym-not-current': 'TYM not current',
  total: 'Total',
};

const en: Messages = {
  appTitle: 'Follow-up figures',
  appSubtitle: 'TYM consultation · pilot follow-up',
  loading: 'Loading the figures…',
  errors: {
    unauthenticated: 'You are not signed in. Open the Follow-up tab in Teams again.',
    forbidden:
      'You do not have access to the follow-up figures. Evaluators, convenors and admins see them; ask an admin for the role.',
    failed: 'The figures could not be loaded. Try again in a moment.',
    download: 'The CSV file could not be downloaded. Try again.',
  },
  pickers: {
    label: 'Choices',
    period: 'Period',
    grouping: 'Grouping',
    area: 'Area',
    kinds: { month: 'Months', quarter: 'Quarters', pilot: 'Pilot' },
  },
  groupings: { area: 'By area', organisation: 'By organisation', 'age-group': 'By age group' },
  groupingColumn: { area: 'Area', organisation: 'Organisation', 'age-group': 'Age group' },
  period: {
    quarter: (q, year) => `Q${q} ${year}`,
    pilot: 'Whole pilot',
  },
  actions: {
    csv: 'Download CSV',
    report: 'Printable report',
    print: 'Print',
    back: 'Back to the figures',
  },
  headline: {
    title: "The period's key figures",
    brought: 'Brought to the consultation team',
    networkHeld: 'Network consultations held',
    decided: 'Decisions made',
    referrals: 'Referrals to a TYM client relationship',
    viaTeam: 'via the team',
    direct: 'direct',
    medianWait: 'Wait to discussion, median',
    p90: (days) => `90%: ${days} days`,
    days: 'days',
    allAreas: 'All groups together',
    smallNote: '1–4 cases',
    hiddenNote: 'hidden',
    fewMeasured: 'fewer than 5 measured',
  },
  trend: {
    title: 'Trend by month',
    description: 'All groups together, by month.',
    chart: 'Chart',
    table: 'Table',
    views: 'View',
    month: 'Month',
    chartLabel: 'Bar chart: cases brought, decisions and network consultations by month',
    missing: 'A bar is missing where the figure is under 5 or hidden.',
  },
  tables: {
    title: 'Figures by group',
    total: 'Total',
    allGroups: 'all groups together',
    monthOnlyTotal:
      'A month is published for all groups together only: a month in one area is mostly fewer than five cases. By group, see a quarter or the whole pilot.',
    waiting: {
      title: 'Waiting times',
      description: 'From submission to discussion (days); network consultations separately.',
    },
    waitingColumns: {
      discussedMedian: 'To discussion, median',
      discussedP90: 'To discussion, 90%',
      networkMedian: 'To network consultation, median',
      networkP90: 'To network consultation, 90%',
    },
    byId: {
      flow: {
        title: 'Cases',
        description:
          'Cases brought to the consultation team, network consultations held and their reviews with the client.',
      },
      outcomes: { title: "The team's decisions", description: 'Decisions recorded in the period.' },
      services: {
        title: 'Services needed',
        description: "Whether the client needs the county's social services, health services or both.",
      },
      'referral-route': {
        title: 'Route to a TYM client relationship',
        description: 'Via the consultation team or directly without it.',
      },
      multidisciplinary: {
        title: 'Clear multidisciplinary need',
        description: 'A decision on a TYM client relationship, or challenges (≥ 3) in three or more domains.',
      },
      agreement: {
        title: "Recommendation and the team's decision",
        description: 'How often the team decided as the bot recommended.',
      },
      'differed-towards': {
        title: 'Where the team decided otherwise',
        description: 'What the team decided when it departed from the recommendation.',
      },
      bottlenecks: {
        title: 'Bottlenecks',
        description:
          'Cases waiting over the threshold, returned for more information, overfull meetings and overdue reviews.',
      },
      profile: {
        title: 'Social-situation profile',
        description: 'Cases with challenges (≥ 3) in each domain; Kela cooperation.',
      },
    },
    columns: {
      flow: {
        brought: 'Brought to the team',
        'network-held': 'Network consultations',
        'reviews-on-time': 'Reviews with the client on time',
        'reviews-late': 'Reviews late',
      },
      outcomes: decisionsEn,
      services: {
        social: 'Social services',
        health: 'Health services',
        both: 'Both',
        none: 'Neither',
        total: 'Total',
      },
      'referral-route': { 'via-team': 'Via the team', direct: 'Direct', total: 'Total' },
      multidisciplinary: { 'clear-need': 'Clear need' },
      agreement: {
        agreed: 'As recommended',
        differed: 'Otherwise',
        'no-recommendation': 'No recommendation',
        total: 'Total',
      },
      'differed-towards': decisionsEn,
      bottlenecks: {
        'waiting-over-threshold': 'Waiting over the threshold',
        returned: 'Returned for more information',
        'sessions-over-capacity': 'Meetings over capacity',
        'reviews-overdue': 'Review with the client overdue',
      },
      profile: {
        'managing-affairs': 'Managing affairs',
        appointments: 'Keeping appointments',
        housing: 'Housing',
        employment: 'Employment',
        finances: 'Finances',
        health: 'Health',
        'social-relationships': 'Social relationships',
        'three-plus-domains': 'Three or more',
        kela: 'Kela cooperation',
      },
    },
    organisations: {
      'employment-authority': 'Employment authority',
      'wellbeing-social': 'County: social services',
      'wellbeing-health': 'County: health services',
      'wellbeing-psychosocial': 'County: psychosocial services',
      kela: 'Kela',
    },
    ageGroups: { 'under-23': 'under 23', '23-29': '23–29', '30-plus': '30 or over' },
  },
  cells: {
    small: '<5',
    smallSpoken: 'fewer than five',
    hidden: '–',
    hiddenSpoken: 'hidden',
    rateNote: 'A share in per cent is shown next to a figure when its parts are shown.',
    legend:
      '<5 = 1–4 cases. – = hidden, so that a small figure cannot be worked out from the other figures and the totals. The figures come from coded fields, never from the text of a case.',
  },
  bottlenecks: {
    title: 'Bottleneck list',
    description: 'Case references only, nothing else.',
    reference: 'Reference',
    reason: 'Reason',
    days: 'Days',
    empty: 'No bottlenecks in this area in this period.',
    listLabel: (area) => `Bottlenecks: ${area}`,
    reasons: {
      'waiting-over-threshold': 'Waiting over the threshold',
      returned: 'Returned for more information',
      'review-overdue': 'Review with the client overdue',
    },
  },
  report: {
    title: (period) => `Follow-up report: ${period}`,
    meta: (grouping, printed) => `${grouping} · printed ${printed}`,
    navigation: 'Report actions',
    pages: {
      summary: 'Summary',
      waiting: 'Waiting times and bottlenecks',
      decisions: 'Decisions and services needed',
      route: 'Referral route and multidisciplinary need',
      recommendations: 'Multidisciplinary need and recommendations',
      situation: 'Bottlenecks and social-situation profile',
      profile: 'Social-situation profile',
    },
  },
};

const CATALOGUES: Readonly<Record<Lang, Messages>> = { fi, en };

export const messagesFor = (lang: Lang): Messages => CATALOGUES[lang];

/** `fi-FI`, `en-US`, `fi`…: Finnish unless the locale is English. */
export const langOf = (locale: string | null | undefined): Lang =>
  locale?.toLowerCase().startsWith('en') ? 'en' : 'fi';
