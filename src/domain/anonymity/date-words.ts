/**
 * Regex sources for dates as workers write them, numeric and in words (Finnish, Swedish, English).
 * Shared by the date-of-birth detector; a date alone is never personal data.
 */
const MONTH_STEMS = 'tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu';
const MONTHS = `(?:${MONTH_STEMS})kuuta`;
/** Days that name one date in a given year: "syntyi jouluaattona 1980", "vapunpäivänä 1990". */
const HOLIDAYS = [
  'jouluaattona',
  'joulupäivänä',
  'jouluna',
  'tapaninpäivänä',
  'uudenvuodenaattona',
  'uudenvuodenpäivänä',
  'uutenavuotena',
  'loppiaisena',
  'ystävänpäivänä',
  'laskiaisena',
  'pitkäperjantaina',
  'pääsiäisenä',
  'pääsiäispäivänä',
  'vappuna',
  'vappupäivänä',
  'vapunpäivänä',
  'äitienpäivänä',
  'helatorstaina',
  'juhannusaattona',
  'juhannuspäivänä',
  'juhannuksena',
  'pyhäinpäivänä',
  'isänpäivänä',
  'itsenäisyyspäivänä',
  'karkauspäivänä',
].join('|');
export const YEAR = String.raw`(?:19|20)\d{2}`;
/** A two-digit year written with an apostrophe or a dash: "'92", "-78". */
const SHORT_YEAR = String.raw`['’-]\d{2}(?![\p{N}])`;
/** Roman months on old certificates: "4.XI.1990". */
const ROMAN_DATE = String.raw`\d{1,2}\. ?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\. ?${YEAR}`;
/**
 * A day as an ordinal word: "kolmas", "kuudentena", "kahdentenakymmenentenä", "yhdeksästoista". Only ever read
 * before a month and a year.
 */
const ORDINAL_DAY = String.raw`(?:ensimmäi|toi|kolma|neljä|viide|kuude|seitsemä|kahdeksa|yhdeksä|kymmene|yhde|kahde)\p{L}{1,22}`;
/**
 * "huhtikuun 8. päivänä 1966", "8. huhtikuuta 1966", "8 päivänä huhtikuuta 1966", "3.päivä huhtikuuta 1975", "8.
 * huhtikuuta vuonna 1966", "kuudentena päivänä helmikuuta vuonna 1961", "12 helmikuu 1978" (the month in the
 * nominative, a slip), "1988 huhtikuun 3. pv", a year in words.
 */
/** A year in words: "tuhatyhdeksänsataayhdeksänkymmentä", "kaksituhattaviisi". */
const YEAR_WORDS = String.raw`(?:tuhat(?:yhdeksän|kahdeksan)sataa\p{L}*|kaksituhatta\p{L}*)`;
const WORD_YEAR = String.raw`(?:${YEAR}|${YEAR_WORDS}|${SHORT_YEAR}|\d{2}(?![\p{N}]))`;
const WORD_DATE = String.raw`(?:(?:${HOLIDAYS}) (?:vuonna )?(?:${YEAR}|${SHORT_YEAR})|(?:${MONTH_STEMS})kuun (?:\d{1,2}\.?|${ORDINAL_DAY}) ?(?:päivänä |päivä |pnä |pv\.? )?(?:vuonna )?${WORD_YEAR}|(?:\d{1,2}\.?|${ORDINAL_DAY}) ?(?:päivänä |päivä |pnä |pv\.? )?(?:${MONTHS}|(?:${MONTH_STEMS})kuu|(?:${MONTH_STEMS})k\.?) (?:vuonna )?${WORD_YEAR}|${YEAR} (?:${MONTH_STEMS})kuun \d{1,2}\.? ?(?:päivänä|päivä|pv\.?)?)`;
/**
 * English, Swedish and Russian: "1 March 1990", "1st of March, 1990", "March 1, 1990", "1 mars 1990", "den 1 mars 1990",
 * "14 августа 1979".
 */
const FOREIGN_MONTHS = [
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec',
  'januari|februari|mars|maj|juni|juli|augusti|oktober',
  'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря',
  // Norwegian and Danish, German, Estonian (with its adessive: "5. mail 1983")
  'januar|februar|desember|märz|dezember|jaanuar|veebruar|märts|aprill|mai|juuni|juuli|oktoober|detsember',
  'jaanuaril|veebruaril|märtsil|aprillil|mail|juunil|juulil|augustil|septembril|oktoobril|novembril|detsembril',
  // Spanish, Portuguese, French, Italian
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre',
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro',
  'janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  // Dutch, Hungarian
  'maart|mei|augustus|januári|február|március|április|május|június|július|augusztus|szeptember|október|november|december',
  // Polish, Ukrainian, Turkish
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
].join('|');
const FOREIGN_DATE = String.raw`(?:${YEAR}\. (?:${FOREIGN_MONTHS}) \d{1,2}\.?|\d{1,2} tháng \d{1,2},? năm ${YEAR}|\d{1,2}(?:st|nd|rd|th|e|a|:e|:a|º)?\.? (?:of |de )?(?:${FOREIGN_MONTHS})\.?,? (?:de )?${YEAR}|(?:${FOREIGN_MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? ${YEAR}|\d{1,2}-(?:${FOREIGN_MONTHS})-(?:${YEAR}|\d{2}))`;
/** A full date: day, month and year. */
export const DATE = String.raw`(?:\d{1,2}\.\d{1,2}\. vuonna (?:19|20)\d{2}|\d{1,2}\.\.? ?\d{1,2}\. ?(?:(?:19|20)?\d{2}|${SHORT_YEAR})|\d{1,2}[./]\d{1,2}\.? (?:19|20)\d{2}|${YEAR}[/.]\d{1,2}[/.]\d{1,2}|\d{1,2} ?[/-] ?\d{1,2} ?[/-] ?(?:19|20)?\d{2}|${YEAR}-\d{1,2}-\d{1,2}|${ROMAN_DATE}|${WORD_DATE}|${FOREIGN_DATE})`;
/** Day and month without the year, as a coming birthday is written: "täyttää 18 vuotta 3.2.". */
export const DAY_MONTH = String.raw`\d{1,2}\. ?\d{1,2}\.(?! ?\d)`;
/** Digits only, right after "syntynyt" or "s.": "03041975", "030475", "19680713". */
export const COMPACT_DATE = String.raw`(?:[0-3]\d[01]\d(?:${YEAR}|\d{2})|${YEAR}[01]\d[0-3]\d)`;
/** A year that is a decade, not a birth year: "1980-luvulla", "1980 luvun", "1980s". */
export const NOT_A_DECADE = String.raw`(?!['’]?[-–]?\s?(?:luv|luku|l\.|s(?![\p{L}])))`;
