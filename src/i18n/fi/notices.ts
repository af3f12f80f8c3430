/** Proactive notices: coded data in, one short line out. Times come formatted in Europe/Helsinki. */
export const noticesFi = {
  'case-scheduled': (p: { reference: string; when: string }) =>
    `Tapauksesi **${p.reference}** on konsultaatiotiimin asialistalla: ${p.when}.`,
  'slot-reminder': (p: { reference: string; when: string }) =>
    `Muistutus: tapauksesi **${p.reference}** käsitellään huomenna, ${p.when}. Liittymislinkki on Omat tapaukset -näkymässä.`,
  'agenda-ready': (p: { when: string }) => `Konsultaatiotiimin asialista on valmis: kokous ${p.when}.`,
  'case-returned': (p: { reference: string }) =>
    `Konsultaatiotiimi palautti tapauksesi **${p.reference}** kysymyksen kanssa. Täydennä tapausta Omat tapaukset -näkymässä.`,
  'time-changed': (p: { reference: string; when: string }) =>
    `Tapauksesi **${p.reference}** käsittelyaika muuttui: ${p.when}.`,
  'outcome-recorded': (p: { reference: string }) =>
    `Konsultaatiotiimi kirjasi tapauksesi **${p.reference}** tuloksen. Katso se Omat tapaukset -näkymästä.`,
  'review-due': (p: { reference: string }) => `Tapauksesi **${p.reference}** seuranta on ajankohtainen.`,
  /** A booked network meeting declined or cancelled in the calendar (told to the worker who booked it). */
  meetingChanged: {
    title: (p: { reference: string }) => `Verkostokonsultaatio ${p.reference}: muutos tapaamiseen`,
    cancelled: (p: { reference: string; when: string }) =>
      `Verkostokonsultaation **${p.reference}** tapaaminen ${p.when} on peruttu kalenterissa.`,
    declined: (p: { reference: string; when: string; party: string }) =>
      `Verkostokonsultaation **${p.reference}** tapaamiseen ${p.when} kutsuttu osapuoli kieltäytyi: ${p.party}.`,
    someParty: 'yksi osapuolista',
    nextSlot: 'Seuraava yhteinen vapaa aika samoille osapuolille on alla.',
    replaces: 'Uuden ajan varaaminen peruu nykyisen tapaamisen.',
    noSlot:
      'Yhteistä vapaata aikaa ei nyt löytynyt. Avaa suunnitelma ja etsi yhteiset ajat myöhemmin uudelleen.',
    openPlan: 'Avaa suunnitelma',
  },
  /** When the notice's data lacks what its line needs. */
  fallback: 'Sinulle on uusi ilmoitus TYM-konsultaatiossa. Katso Omat tapaukset.',
};
