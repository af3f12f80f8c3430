import { scaleLevelsFi } from './intake-scale.js';

/** Finnish texts of the case intake, the receipt and the worker's case views. */
export const intakeFi = {
  title: 'Uusi konsultaatiopyyntö',
  editTitle: (p: { reference: string }) => `Muokkaa tapausta ${p.reference}`,
  intro:
    'Kuvaa tilanne, älä henkilöä: ei nimiä, henkilötunnuksia, osoitteita, puhelinnumeroita tai syntymäaikoja. Teksti tarkistetaan ennen tallennusta.',
  steps: {
    situation: 'Vaihe 1/3: perustiedot ja tilanne',
    triage: 'Vaihe 2/3: ohjauskysymykset ja Kela',
    assessment: 'Vaihe 3/3: sosiaalinen tilanne ja konsultaation muoto',
  },
  next: 'Jatka',
  prefilled: 'Organisaatio ja alue on valittu edellisen tapauksesi mukaan; vaihda tarvittaessa.',
  showLevelDescriptions: 'Näytä tai piilota tasojen kuvaukset',
  scaleLevels: scaleLevelsFi,
  sections: {
    basics: 'Perustiedot',
    situation: 'Tilanne',
    triage: 'Ohjauskysymykset',
    kela: 'Kelan kuntoutusyhteistyö: täyttyykö jokin näistä?',
    form: 'Konsultaation muoto',
  },
  fields: {
    organisation: 'Oma organisaatiosi',
    area: 'Työllisyysalue tai toimipiste',
    ageGroup: 'Asiakkaan ikäryhmä',
    unemployment: 'Työttömyyden kesto',
    description: 'Tilanteen kuvaus (nimettömästi)',
    question: 'Kysymyksesi konsultaatiotiimille',
    socialWelfareConsent: 'Suostumus yhteydenottoon sosiaalihuoltoon',
    form: 'Konsultaation muoto',
    networkConsent: 'Asiakas on suostunut verkostokonsultaatioon etukäteen',
    networkParties: 'Verkostokonsultaatioon tarvittavat osapuolet',
    kelaCriteria: 'Kelan kriteerit',
  },
  placeholders: {
    description: 'Esim. pitkään jatkunut työttömyys, vuokrarästejä, terveydentila selvittämättä…',
    question: 'Esim. hyötyykö asiakas TYM-asiakkuudesta vai tarvitaanko ensin sosiaalipalveluja?',
  },
  networkHint:
    'Verkostokonsultaatio sovitaan asiakkaan kanssa etukäteen, ja käsitellyt asiat käydään jälkikäteen läpi hänen kanssaan.',
  choose: 'Valitse',
  requiredShort: 'Pakollinen tieto: valitse tai täytä.',
  organisations: {
    'employment-authority': 'Työvoimaviranomainen (työllisyyspalvelut)',
    'wellbeing-social': 'Hyvinvointialue: sosiaalipalvelut',
    'wellbeing-health': 'Hyvinvointialue: terveyspalvelut',
    'wellbeing-psychosocial': 'Hyvinvointialue: psykososiaaliset palvelut',
    kela: 'Kela',
  },
  ageGroups: { 'under-23': 'alle 23 v', '23-29': '23–29 v', '30-plus': '30 v tai yli' },
  unemployment: {
    'under-3m': 'alle 3 kk',
    '3-12m': '3–12 kk',
    '12-24m': '12–24 kk',
    'over-24m': 'yli 24 kk',
  },
  forms: { team: 'Konsultaatiotiimin tapaaminen', network: 'Verkostokonsultaatio (Rukkanen)' },
  parties: {
    'employment-authority': 'Työllisyyspalvelut',
    'social-services': 'Sosiaalipalvelut',
    'health-services': 'Terveyspalvelut (TYM-terveydenhoitaja)',
    'psychosocial-under-23': 'Psykososiaaliset palvelut, alle 23 v',
    'psychosocial-23-plus': 'Psykososiaaliset palvelut, 23 v tai yli',
    kela: 'Kela',
  },
  submit: 'Lähetä konsultaatiopyyntö',
  save: 'Tallenna muutokset',
  errors: {
    heading:
      'Korjaa nämä kohdat. Mitään ei vielä tallennettu, ja kirjoittamasi tekstit ovat tallessa kortilla.',
    required: (p: { field: string }) => `${p.field}: valitse tai täytä.`,
    tooLong: (p: { field: string; max: number }) => `${p.field}: liian pitkä, enintään ${p.max} merkkiä.`,
    tooShort: (p: { field: string; min: number }) => `${p.field}: kirjoita vähintään ${p.min} merkkiä.`,
    invalid: (p: { field: string }) => `${p.field}: arvo ei kelpaa, valitse uudelleen.`,
    networkConsentRequired:
      'Verkostokonsultaatio edellyttää asiakkaan suostumusta. Kysy suostumus ensin tai valitse konsultaatiotiimi.',
    networkPartiesRequired: 'Valitse verkostokonsultaatioon vähintään yksi osapuoli.',
    tampered:
      'Kortin tiedot olivat virheelliset tai vanhentuneet, eikä mitään tallennettu. Aloita uusi pyyntö kirjoittamalla "uusi".',
  },
  personalData: {
    heading:
      'Tekstissä on tunnistetietoja, joten mitään ei tallennettu. Kirjoita nämä kohdat uudelleen yleisemmin; muut tekstisi ovat tallessa kortilla:',
    finding: (p: { field: string; kind: string; masked: string; at: string }) =>
      `${p.field} (${p.at}): ${p.kind} "${p.masked}"`,
    at: (p: { line: number; before: string }) =>
      p.before ? `rivi ${p.line}, sanojen "${p.before}" jälkeen` : `rivi ${p.line}`,
    kinds: {
      'identity-code': 'henkilötunnus',
      phone: 'puhelinnumero',
      email: 'sähköpostiosoite',
      iban: 'tilinumero',
      'street-address': 'katuosoite',
      'postal-code': 'postinumero ja paikkakunta',
      'business-id': 'Y-tunnus (yksityisen elinkeinonharjoittajan tunnus on henkilötieto)',
      'date-of-birth': 'syntymäaika',
      name: 'henkilön nimi',
    },
    useNeutral: 'Käytä neutraalia versiota',
    rewrittenHeading:
      'Tunnistetiedot on korvattu neutraaleilla merkinnöillä. Mitään ei ole vielä tallennettu:',
    rewrittenHint: 'Tarkista teksti, korjaa tarvittaessa ja jatka.',
    placeholders: {
      'identity-code': '[henkilötunnus]',
      phone: '[puhelinnumero]',
      email: '[sähköposti]',
      iban: '[tilinumero]',
      'street-address': '[osoite]',
      'postal-code': '[postinumero]',
      'business-id': '[y-tunnus]',
      'date-of-birth': '[syntymäaika]',
      name: '[nimi]',
    },
  },
};
