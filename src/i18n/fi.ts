import { casesFi } from './fi/cases.js';
import { convenorFi } from './fi/convenor.js';
import { figuresFi } from './fi/figures.js';
import { intakeFi } from './fi/intake.js';
import { languageFi } from './fi/language.js';
import { networkFi } from './fi/network.js';
import { noticesFi } from './fi/notices.js';
import { proposalFi } from './fi/proposal.js';
import { turnFi } from './fi/turn.js';
import type { Widen } from './locale.js';

/** Finnish catalogue: the source of truth for keys. en.ts must have exactly the same shape. */
export const fi = {
  /** The language a card is rendered in; every card action sends it back (see bot/card-language.ts). */
  lang: 'fi',
  common: {
    actionDone: 'Valmis, katso viesti alla.',
    tryAgainShortly: 'Palvelussa on hetkellinen häiriö. Yritä hetken kuluttua uudelleen.',
    unknownAction:
      'Tätä toimintoa ei tunnistettu. Kortti voi olla vanhentunut: avaa uusi valikko kirjoittamalla "apua".',
  },
  welcome: {
    title: 'TYM-konsultaatio',
    intro:
      'Tuo vaikea asiakastilanne monialaisen konsultaatiotiimin käsiteltäväksi nimettömänä. Saat heti ohjaussuosituksen: riittääkö kahdenvälinen yhteistyö, tarvitaanko monialaista TYM-asiakkuutta vai ensin sosiaali- tai terveyspalveluja. Näet myös, milloin tapauksesi käsitellään.',
    privacy:
      'Älä kirjoita asiakkaan nimeä, henkilötunnusta, osoitetta, puhelinnumeroa tai muita tunnistetietoja. Kuvaa tilanne, älä henkilöä. Botti tarkistaa tekstin ennen tallennusta.',
  },
  menu: {
    newRequest: 'Uusi konsultaatiopyyntö',
    myCases: 'Omat tapaukset',
    help: 'Ohje',
  },
  help: {
    text: (p: { commands: string }) =>
      `**TYM-konsultaatio** auttaa tuomaan asiakastilanteen monialaisen konsultaatiotiimin käsiteltäväksi nimettömänä.\n\nVoit kirjoittaa:\n${p.commands}\n\nVoit myös käyttää alla olevan kortin painikkeita.`,
    commands: {
      newRequest: '**uusi**: aloita uusi konsultaatiopyyntö',
      myCases: '**omat**: näytä omat tapauksesi',
      referral: '**ohjaus**: kirjaa suora ohjaus TYM:iin ilman konsultaatiotiimiä',
      network: '**verkosto**: suunnittele tapauksesi verkostokonsultaatio (Rukkanen)',
      help: '**apua**: tämä ohje',
    },
  },
  unknownText: 'En tunnistanut viestiäsi. Valitse toiminto alta tai kirjoita **apua**.',
  triage: {
    outcomes: {
      'tym-client': {
        name: 'TYM-asiakkuus',
        explanation:
          'Selkeä yhteensovittamisen tarve: asiakkuus avataan TYPPI-järjestelmään ja asiakkaalle lähetetään aikavaraus. Jos tapausta konsultoitiin, perusteluksi riittää kirjaus "konsultoitu".',
      },
      'social-services-contact': {
        name: 'Sosiaalipalvelut ensin: yhteydenotto sosiaalihuoltoon',
        explanation:
          'Asiakas tarvitsee ensin tukea arjen- ja elämänhallintaan sekä yhteiskuntaosallisuuteen. Tee yhteydenotto sosiaalihuoltoon asiakkaan suostumuksella.',
      },
      'social-services-notification': {
        name: 'Sosiaalipalvelut ensin: ilmoitus sosiaalihuollon tarpeesta',
        explanation:
          'Asiakas tarvitsee ensin sosiaalipalveluja, mutta suostumusta ei saada. Tee ilmoitus sosiaalihuollon tarpeesta ilman asiakkaan suostumusta (SHL 35 §).',
      },
      'health-services-first': {
        name: 'Terveyspalvelut ensin',
        explanation:
          'Terveydentila tai työkyky on selvitettävä ennen kuin asiakas hyötyy TYM:istä, esimerkiksi TYM-työhön nimetyn terveydenhoitajan kautta.',
      },
      bilateral: {
        name: 'Kahdenvälinen yhteistyö',
        explanation: 'Kahden organisaation välinen viranomaisyhteistyö tai konsultaatio riittää.',
      },
      'tym-not-current': {
        name: 'TYM ei ajankohtainen',
        explanation:
          'TYM-asiakkuus ei ole nyt ajankohtainen; asiakkaan tilannetta edistetään muulla polulla.',
      },
      'consultation-team': {
        name: 'Konsultaatiotiimiin',
        explanation:
          'Tuo tapaus konsultaatiotiimiin: arvioidaan yhdessä, hyötyykö asiakas TYM:istä ja mikä polku sopii hänelle.',
      },
    },
    questions: {
      'bilateral-enough': {
        text: 'Riittääkö asiakkaalle kahden organisaation välinen yhteistyö/konsultaatio?',
        short: 'kahden organisaation yhteistyö riittää',
      },
      'other-services-first': {
        text: 'Tarvitseeko asiakkaasi muita palveluita ennen kuin hän hyötyy TYM:istä?',
        short: 'muut palvelut ensin',
      },
      'needs-multidisciplinary': {
        text: 'Tarvitseeko asiakas monialaista tukea ja asiantuntijuutta työllistymisen edellytysten parantamiseen tai työllistymiseen?',
        short: 'tarvitsee monialaista tukea',
      },
      'benefits-from-coordination': {
        text: 'Hyötyykö asiakas työvoimaviranomaisen, Kelan ja hyvinvointialueen palveluiden yhteensovittamisesta?',
        short: 'hyötyy palveluiden yhteensovittamisesta',
      },
      'eases-with-joint-planning': {
        text: 'Helpottuuko asiakkaan tilanne, jos suunnitellaan TYM:issä yhdessä asiakkaalle tarkoituksenmukaiset palvelut?',
        short: 'tilanne helpottuu yhteisellä suunnittelulla',
      },
    },
    answers: { yes: 'Kyllä', no: 'Ei', unsure: 'En ole varma' },
    consent: {
      yes: 'Asiakas on antanut suostumuksen',
      no: 'Asiakas ei anna suostumusta',
      'not-asked': 'Suostumusta ei ole kysytty',
    },
    scale: {
      title: 'Sosiaalisen tilanteen tunnistaminen ja puheeksiotto',
      hint: 'Jos tunnistatte asiakkaan kanssa keskustellessa haasteita usealla osa-alueella samanaikaisesti, palveluiden yhteensovittamisen tarvetta on syytä arvioida.',
      level: (p: { level: number }) => `Taso ${p.level}`,
      domains: {
        'managing-affairs': {
          name: 'Asioiden hoitaminen',
          levels: [
            'Asiointi onnistuu hyvin, pankkitunnukset käytössä',
            'Asiointi onnistuu viiveellä, pankkitunnukset käytössä, asiointi puhelimitse',
            'Asioiden hoito vaatii muistuttelua ja ohjausta, asiointi paikan päällä',
            'Tarvitsee toisen apua asiointiin ja yhteydenottoihin',
            'Etuudet jäävät hakematta, ei asioi virastoissa, asiat jäävät hoitamatta',
          ] as const,
        },
        appointments: {
          name: 'Asiointi palveluissa (sote ja työllisyys)',
          levels: [
            'Käynnit toteutuvat sovitusti',
            'Käynnit toteutuvat osittain',
            'Käynnit toteutuvat osittain, ei motivaatiota hoitaa asiaa',
            'Käynnit eivät toteudu, ei yhteistyöhalukkuutta, perumattomia aikoja',
            'Useita käyntejä eri palveluissa, perumattomia aikoja',
          ] as const,
        },
        housing: {
          name: 'Asuminen',
          levels: [
            'Ei huolia asumiseen liittyen',
            'Huolta kodin ylläpidossa',
            'Huomautuksia, toistuvia muuttoja, rästivuokria',
            'Häiriökäyttäytymistä, varoituksia',
            'Häätöjä, asunnottomuutta',
          ] as const,
        },
        employment: {
          name: 'Työllisyys',
          levels: [
            'Lyhyitä työttömyysjaksoja, ollut työssä avoimilla työmarkkinoilla',
            'Lyhyitä työsuhteita, toistuvia työttömyysjaksoja',
            'Työhistoria koostuu palkkatukijaksoista ja työkokeiluista, ei koulutusta',
            'Useita kuty-jaksoja, eteneminen TE-palveluihin ei ole onnistunut',
            'Kuty-/soku-jaksot keskeytyneet, ei motivaatiota palveluihin',
          ] as const,
        },
        finances: {
          name: 'Taloudellinen tilanne',
          levels: [
            'Raha-asiat hoituvat omatoimisesti, raha riittää perustarpeisiin',
            'Satunnainen toimeentulotuen tarve',
            'Perustoimeentulotukeen ei oikeutta ylijäämän vuoksi, toistuva tarve, velkoja/ulosotto',
            'Laskut rästissä toistuvasti',
            'Vippejä, yksityisiä velkoja, pelaamista',
          ] as const,
        },
        health: {
          name: 'Terveys',
          levels: [
            'Perusterve',
            'Perussairaus tai tapaturma, joka on hoidossa',
            'Selvittämättömät oireet, työkyky selvittämättä',
            'Lääkitys ja hoito-ohjeet eivät toteudu',
            'Päihteiden käyttöä, useita sairauksia, diagnosoimattomia oireita',
          ] as const,
        },
        'social-relationships': {
          name: 'Sosiaaliset suhteet',
          levels: [
            'Tasavertaisia ihmissuhteita ja sosiaalisia verkostoja',
            'Sosiaalisia suhteita on, mutta esim. huolenpito läheisestä kuormittaa',
            'Vähän sosiaalisia suhteita, huoli ja huolenpito läheisistä kuormittaa',
            'Yksinäisyyttä, eristäytymistä, sosiaaliset tilanteet kuormittavat',
            'Lähisuhdeväkivaltaa, turvattomuutta sosiaalisissa suhteissa',
          ] as const,
        },
      },
    },
    kelaCriteria: {
      'health-limits':
        'Asiakas tuo esiin terveydentilaan liittyviä rajoitteita tai tarvitsee terveydentilan vuoksi erityistä tukea',
      'functioning-weakened': 'Arjen toimintakyky on heikentynyt',
      'sick-leave-or-benefit-rejected':
        'Pitkiä sairauslomia, hylätty sairauspäiväraha-, eläke- tai kuntoutustukihakemus tai asiakas on siirtymässä eläkkeelle',
      'fresh-b-statement': 'Tuore B-lausunto (enintään vuoden vanha)',
      'broken-paths':
        'Työt, palvelut tai opinnot katkenneet toistuvasti, lyhyitä työsuhteita, ei ammatillista koulutusta, keskeytyneitä kuntoutuskursseja',
      'learning-difficulties': 'Oppimisvaikeuksia, erityisopetusta tai yksilöllistetty opetussuunnitelma',
      'plan-not-progressing': 'Työllistymissuunnitelma ei etene',
      'work-ability-assessment': 'Työkyvyn arviointia harkitaan',
      'long-term-illness': 'Pitkäaikainen sairaus, johon kuntoutuksella voidaan vaikuttaa',
    },
    conflicts: {
      'bilateral-vs-multidisciplinary':
        'arvioit kahden organisaation yhteistyön riittäväksi, mutta vastauksesi kertovat myös monialaisen tuen tai yhteensovittamisen tarpeesta',
      'bilateral-vs-scale':
        'arvioit kahden organisaation yhteistyön riittäväksi, mutta asteikolla on haasteita usealla osa-alueella samanaikaisesti',
      'services-first-vs-coordination':
        'asiakas tarvitsee arviosi mukaan ensin muita palveluja, mutta vastauksesi kertovat myös selkeästä yhteensovittamisen tarpeesta',
      'answers-vs-scale':
        'vastasit kieltävästi kaikkiin kysymyksiin, mutta asteikolla on haasteita usealla osa-alueella tai vakava huoli',
      'answers-mixed':
        'vain yksi kolmesta tarvekysymyksestä sai kyllä-vastauksen, eikä asteikko ratkaise asiaa',
    },
    reasons: {
      'answer-bilateral-enough':
        'Arviosi mukaan kahden organisaation välinen yhteistyö tai konsultaatio riittää.',
      'answer-other-services-first':
        'Arviosi mukaan asiakas tarvitsee muita palveluja ennen kuin hän hyötyy TYM:istä.',
      'answer-coordination-need': (p: { questions: readonly string[] }) =>
        `Vastasit kyllä: ${p.questions.join(', ')}.`,
      'answers-no-need':
        'Vastasit kieltävästi kaikkiin kysymyksiin: yhteensovittamisen tarvetta ei tunnistettu.',
      'health-dominant': (p: { level: number }) =>
        `Terveys on suurin huoli (taso ${p.level}), suurempi kuin sosiaalisen tilanteen muut osa-alueet.`,
      'work-ability-not-examined': 'Työkyky on selvittämättä: työkyvyn arviointia harkitaan.',
      'consent-given': 'Asiakas on antanut suostumuksen yhteydenottoon sosiaalihuoltoon.',
      'consent-refused':
        'Asiakas ei anna suostumusta, joten tehdään ilmoitus sosiaalihuollon tarpeesta (SHL 35 §).',
      'consent-not-asked':
        'Suostumusta ei ole vielä kysytty: kysy asiakkaalta suostumus yhteydenottoon sosiaalihuoltoon. Jos suostumusta ei saada, tee ilmoitus sosiaalihuollon tarpeesta (SHL 35 §).',
      'signals-conflict': (p: { conflict: string }) => `Ristiriitaiset signaalit: ${p.conflict}.`,
      'worker-unsure': (p: { questions: readonly string[]; outcomes: readonly string[] }) =>
        `Olit epävarma: ${p.questions.join(', ')}. Vastauksesta riippuen suositus voisi olla: ${p.outcomes.join(', ')}. Konsultaatiotiimi auttaa ratkaisemaan.`,
      'unsure-not-decisive': (p: { questions: readonly string[] }) =>
        `Olit epävarma (${p.questions.join(', ')}), mutta vastaus ei muuta suositusta.`,
      'multi-domain-challenge': (p: { count: number; domains: readonly string[] }) =>
        `Haasteita ${p.count} osa-alueella samanaikaisesti: ${p.domains.join(', ')}. Palveluiden yhteensovittamisen tarvetta on syytä arvioida.`,
      'concern-domains': (p: { count: number; domains: readonly string[] }) =>
        `Haasteita ${p.count} osa-alueella: ${p.domains.join(', ')}.`,
      'no-scale-concerns':
        'Sosiaalisen tilanteen asteikolla ei ole haasteita: kaikki osa-alueet tasolla 1–2.',
      'severe-domains': (p: { domains: readonly string[] }) =>
        `Vakava huoli (taso 4–5): ${p.domains.join(', ')}.`,
      'kela-fresh-b-statement':
        'Kela-yhteistyö: asiakkaalla on tuore B-lausunto (enintään vuoden vanha). Selvitä Kelan kuntoutuksen mahdollisuus.',
      'kela-rehabilitation-criteria': (p: { criteria: readonly string[] }) =>
        `Kela-yhteistyö (kuntoutus): ${p.criteria.join('; ')}.`,
    },
  },
  intake: intakeFi,
  proposal: proposalFi,
  cases: casesFi,
  convenor: convenorFi,
  turn: turnFi,
  language: languageFi,
  notices: noticesFi,
  network: networkFi,
  figures: figuresFi,
};

export type Messages = Widen<typeof fi>;
