/**
 * Finnish texts of the triage's leaning (the most likely path of a case the team decides) and of the parties it
 * proposes to involve. The leaning's reasons are clauses after "koska"; the parties' reasons are short labels.
 */
export const proposalFi = {
  leaning: {
    label: 'Todennäköisin polku',
    text: (p: { path: string; reasons: readonly string[] }) => `${p.path}, koska ${p.reasons.join('; ')}.`,
    reasons: {
      'services-first-answered': {
        yes: 'arvioit asiakkaan tarvitsevan ensin muita palveluja',
        unsure: 'asiakas voi tarvita ensin muita palveluja (olit epävarma)',
      },
      'no-coordination-affirmed': 'mikään yhteensovittamista koskeva kysymys ei saanut kyllä-vastausta',
      'severe-domains': (p: { levels: string }) => `vakava huoli: ${p.levels}`,
      'health-dominant': (p: { level: number }) => `terveys on suurin huoli (taso ${p.level})`,
      'work-ability-not-examined': 'työkyky on selvittämättä',
      'consent-given': 'asiakas on antanut suostumuksen yhteydenottoon sosiaalihuoltoon',
      'consent-refused': 'asiakas ei anna suostumusta, joten tehdään ilmoitus (SHL 35 §)',
      'consent-not-asked': 'suostumusta ei ole vielä kysytty: kysy sitä ensin',
      'coordination-affirmed': (p: { questions: readonly string[] }) =>
        `vastasit kyllä: ${p.questions.join(', ')}`,
      'multi-domain-challenge': (p: { levels: string }) => `haasteita usealla osa-alueella: ${p.levels}`,
      'bilateral-answered': {
        yes: 'arvioit kahden organisaation yhteistyön riittäväksi',
        unsure: 'kahden organisaation yhteistyö voi riittää (olit epävarma)',
      },
      'no-need-affirmed':
        'yhteensovittamisen tarvetta ei vahvistettu, eikä asteikolla ole laajoja tai vakavia haasteita',
    },
  },
  parties: {
    label: 'Ehdotetut osapuolet',
    line: (p: { name: string; area?: string | undefined; reasons: readonly string[] }) =>
      `${p.name}${p.area ? ` (${p.area})` : ''}: ${p.reasons.join(', ')}`,
    names: {
      'employment-authority': 'Työllisyysasiantuntija',
      'social-services': 'Sosiaalipalvelut',
      'health-services': 'TYM-terveydenhoitaja',
      'psychosocial-under-23': 'Psykososiaalisten palvelujen yhteyshenkilö, alle 23-vuotiaat',
      'psychosocial-23-plus': 'Psykososiaalisten palvelujen yhteyshenkilö, 23 vuotta täyttäneet',
      kela: 'Kela',
    },
    reasons: {
      'employment-plan': 'työllistymissuunnitelma ja työllisyyspalvelut',
      'social-services-first': 'sosiaalipalvelut ensin',
      'work-ability-not-examined': 'työkyky selvittämättä',
      'kela-fresh-b-statement': 'tuore B-lausunto',
      'kela-rehabilitation-criteria': (p: { criteria: readonly string[] }) =>
        `kuntoutus (${p.criteria.join(', ')})`,
    },
    kelaCriteria: {
      'health-limits': 'terveydentilan rajoitteet',
      'functioning-weakened': 'toimintakyky heikentynyt',
      'sick-leave-or-benefit-rejected': 'sairauslomat tai hylätty etuus',
      'fresh-b-statement': 'tuore B-lausunto',
      'broken-paths': 'katkenneet työt, palvelut tai opinnot',
      'learning-difficulties': 'oppimisvaikeudet',
      'plan-not-progressing': 'suunnitelma ei etene',
      'work-ability-assessment': 'työkyvyn arviointia harkitaan',
      'long-term-illness': 'pitkäaikainen sairaus',
    },
  },
  /** Short domain names for "asuminen 4"; the full names are in `triage.scale.domains`. */
  domains: {
    'managing-affairs': 'asioiden hoitaminen',
    appointments: 'asiointi palveluissa',
    housing: 'asuminen',
    employment: 'työllisyys',
    finances: 'talous',
    health: 'terveys',
    'social-relationships': 'sosiaaliset suhteet',
  },
  domainLevel: (p: { domain: string; level: number }) => `${p.domain} ${p.level}`,
};
