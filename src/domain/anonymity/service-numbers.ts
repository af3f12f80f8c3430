/**
 * Organisations' public phone lines that workers pass on to clients every day. A number here is
 * not anyone's own, so it is not reported at all. The list is short on purpose: only nationwide
 * lines whose numbers are published and stable; other organisations' lines are recognised by how
 * the text names them (`SERVICE_CUE`) and only downgraded to a warning.
 * Numbers are national significant numbers (Finland, +358, without the trunk 0).
 */
// prettier-ignore
const KNOWN_NUMBERS: ReadonlySet<string> = new Set([
  '925250111', '925250112', '925250113', // MIELI ry:n kriisipuhelin (suomi, svenska, muut kielet)
  '80005005', // Nollalinja, väkivaltaa kokeneiden auttava puhelin
  '80098009', // Takuusäätiön Velkalinja
  '80002400', // Naisten Linja
  '80090045', // Päihdelinja
  '80092277', // MLL:n Vanhempainpuhelin
  '800147111', // Myrkytystietokeskus
  '400221180', '400221190', // Palveleva puhelin, Samtalstjänst (kirkon keskusteluapu)
  '20696006', // Helsingin sosiaali- ja kriisipäivystys
]);
/** Kela's service lines all lie in these ranges (020 692 …, 020 634 …). */
const KNOWN_PREFIXES = ['20692', '20634'];

export function isKnownServiceNumber(nationalNumber: string): boolean {
  return KNOWN_NUMBERS.has(nationalNumber) || KNOWN_PREFIXES.some((p) => nationalNumber.startsWith(p));
}

/**
 * Words naming an organisation's line beside the number, in the same sentence: "kriisipuhelin",
 * "Kelan palvelunumero", "asiakaspalvelu", "päivystää", "Velkalinja", "MIELI ry:n", "helpline".
 */
export const SERVICE_CUE =
  /(?<![\p{L}])(?:\p{L}*kriisi\p{L}*|\p{L}*palvelu\p{L}*|\p{L}*neuvon\p{L}*|\p{L}*päivyst\p{L}*|vaihde\p{L}*|vaihtee\p{L}*|\p{L}+linja\p{L}*|auttava\p{L}* puhelin\p{L}*|tukipuhelin\p{L}*|puhelinpalvelu\p{L}*|ry:n|ry|säätiö\p{L}*|helpline|hotline|crisis|switchboard|customer service|service number|jourtelefon\p{L}*|kristelefon\p{L}*|kundtjänst|växel\p{L}*)(?![\p{L}])/iu;
