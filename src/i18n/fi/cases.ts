/** Finnish texts of the receipt, the worker's own cases, referrals and notices. */
export const casesFi = {
  statuses: {
    submitted: 'Lähetetty tiimille',
    scheduled: 'Asialistalla',
    returned: 'Palautettu täydennettäväksi',
    discussed: 'Käsitelty',
    closed: 'Suljettu',
    withdrawn: 'Peruttu',
  },
  received: {
    title: (p: { reference: string }) => `Konsultaatiopyyntö ${p.reference} vastaanotettu`,
    updatedTitle: (p: { reference: string }) => `Konsultaatiopyyntö ${p.reference} päivitetty`,
    status: 'Tila',
    recommendation: 'Suositus',
    reasons: 'Perustelut',
    kelaAdvised: 'Harkitse yhteistyötä Kelan kuntoutuksen kanssa.',
    nextTeam:
      'Pyyntö on nyt konsultaatiotiimin jonossa. Saat tiedon, kun se on asialistalla, ja voit osallistua tapaamiseen.',
    nextChoice:
      'Pyyntö on konsultaatiotiimin jonossa. Jos suositus riittää, voit sulkea pyynnön; muuten tiimi käsittelee sen.',
    closeByRecommendation: 'Suositus riittää: sulje',
  },
  list: {
    title: 'Omat tapaukset',
    empty: 'Sinulla ei ole vielä tapauksia. Aloita uusi konsultaatiopyyntö.',
    open: 'Avaa',
    row: (p: { reference: string; status: string; date: string }) =>
      `**${p.reference}** · ${p.status} · ${p.date}`,
  },
  detail: {
    title: (p: { reference: string }) => `Tapaus ${p.reference}`,
    status: 'Tila',
    created: 'Lähetetty',
    area: 'Alue',
    organisation: 'Organisaatio',
    form: 'Konsultaation muoto',
    description: 'Tilanteen kuvaus',
    question: 'Kysymys tiimille',
    textPurged: 'Vapaa teksti on poistettu säilytysajan päätyttyä.',
    history: 'Vaiheet',
    edit: 'Muokkaa',
    withdraw: 'Peru pyyntö',
  },
  events: {
    submitted: 'lähetetty',
    edited: 'muokattu',
    scheduled: 'asialistalla',
    rescheduled: 'aika muuttui',
    returned: 'palautettu täydennettäväksi',
    postponed: 'siirretty seuraavaan tapaamiseen',
    discussed: 'käsitelty',
    closed: 'suljettu',
    withdrawn: 'peruttu',
    'network-consent': 'suostumus verkostokonsultaatioon kirjattu',
    'network-consent-withdrawn': 'suostumus peruttu',
    'network-booked': 'verkostokonsultaatio varattu',
    'network-reviewed': 'konsultaatio käyty läpi asiakkaan kanssa',
  },
  notices: {
    withdrawn: (p: { reference: string }) => `Pyyntö ${p.reference} on peruttu.`,
    closed: (p: { reference: string }) => `Pyyntö ${p.reference} on suljettu suosituksen mukaisesti.`,
    outOfDate: (p: { reference: string; status: string }) =>
      `Tämä kortti on vanhentunut, joten mitään ei muutettu. Pyynnön ${p.reference} tila on nyt: ${p.status}.`,
    notFound: 'Tapausta ei löytynyt. Näet vain omat tapauksesi.',
    notEditable: 'Tapausta ei voi enää muuttaa, koska tiimi on jo käsitellyt sen.',
    notWithdrawable: 'Pyyntöä ei voi enää perua, koska tiimi on jo käsitellyt sen.',
    notClosable: 'Tätä pyyntöä ei voi sulkea suosituksen perusteella; konsultaatiotiimi käsittelee sen.',
    stale: 'Tapausta on muutettu tämän kortin jälkeen. Avaa tapaus uudelleen Omista tapauksista.',
    areaNotOffered: 'Valittu alue ei ole käytössä tässä palvelussa. Valitse alue uudelleen.',
    warningsOnly:
      'Tarkista nämä kohdat. Jos ne eivät ole henkilötietoja (esimerkiksi organisaation Y-tunnus tai palvelun nimi), lähetä kortti uudelleen sellaisenaan:',
  },
  withdraw: {
    title: (p: { reference: string }) => `Perutaanko pyyntö ${p.reference}?`,
    text: 'Peruttua pyyntöä konsultaatiotiimi ei käsittele, eikä perumista voi perua. Voit aina tehdä uuden pyynnön.',
    confirm: 'Kyllä, peru pyyntö',
    cancel: 'Älä peru',
  },
  referral: {
    title: 'Kirjaa suora ohjaus TYM:iin',
    intro:
      'Kirjaa tähän asiakas, jonka ohjasit TYM-asiakkuuteen ilman konsultaatiotiimiä. Tekstiä ei tallenneta; luku auttaa pilotin seurannassa.',
    submit: 'Kirjaa ohjaus',
    recorded: 'Suora ohjaus on kirjattu. Kiitos!',
  },
  menu: { referral: 'Kirjaa suora ohjaus' },
};
