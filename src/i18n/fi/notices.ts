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
  /** When the notice's data lacks what its line needs. */
  fallback: 'Sinulle on uusi ilmoitus TYM-konsultaatiossa. Katso Omat tapaukset.',
};
