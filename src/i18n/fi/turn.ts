/** Strings of the turn pipeline: scope notes, duplicates and failures. */
export const turnFi = {
  personalOnly:
    'Tapaukset, konsultaatiopyynnöt ja omat tapaukset näytetään vain henkilökohtaisessa keskustelussa kanssani, ei ryhmissä eikä kanavilla. Avaa keskustelu alla olevasta painikkeesta.',
  groupHelp:
    '**TYM-konsultaatio** toimii henkilökohtaisessa keskustelussa: siellä voit tehdä konsultaatiopyynnön ja seurata omia tapauksiasi. Ryhmissä ja kanavilla en näytä tapausten tekstejä.',
  openPersonalChat: 'Avaa henkilökohtainen keskustelu',
  maybeSaved:
    'Palvelussa oli häiriö juuri tallennuksen jälkeen. Tietosi on tallennettu: tarkista tilanne kohdasta Omat tapaukset.',
  unsupported: 'Tätä toimintoa ei tueta.',
};
