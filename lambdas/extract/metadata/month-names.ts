/**
 * Month names of Latin-, Cyrillic- and Greek-script languages (full, genitive and abbreviated forms), lowercased.
 * Arabic names live in `arabic-dates.ts`, which also needs spelling folding.
 */
const MONTHS_BY_LANGUAGE: Record<string, readonly string[][]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'],
    ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  de: [['januar', 'jänner', 'jän'], ['februar', 'feber'], ['märz', 'mär', 'maerz'], ['april'], ['mai'], ['juni'], ['juli'],
    ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre', 'déc']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'],
    ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
  it: [['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'],
    ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro', 'fev'], ['março', 'marco'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'],
    ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro']],
  nl: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'],
    ['oktober'], ['november'], ['december']],
  scandinavian: [['januari', 'januar'], ['februari', 'februar'], ['mars', 'marts'], ['april'], ['maj', 'mai'], ['juni'],
    ['juli'], ['augusti', 'august'], ['september'], ['oktober'], ['november'], ['december', 'desember']],
  pl: [['stycznia', 'styczeń', 'styczen'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'],
    ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'],
    ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'],
    ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'],
    ['listopadu'], ['prosince', 'prosinec']],
  tr: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'],
    ['kasım'], ['aralık']],
  hu: [['január'], ['február'], ['március'], ['április'], ['május'], ['június'], ['július'], ['augusztus'],
    ['szeptember'], ['október'], ['november'], ['december']],
  ru: [['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'], ['мая', 'май'],
    ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август'], ['сентября', 'сентябрь'], ['октября', 'октябрь'],
    ['ноября', 'ноябрь'], ['декабря', 'декабрь']],
  el: [['ιανουαρίου'], ['φεβρουαρίου'], ['μαρτίου'], ['απριλίου'], ['μαΐου'], ['ιουνίου'], ['ιουλίου'], ['αυγούστου'],
    ['σεπτεμβρίου'], ['οκτωβρίου'], ['νοεμβρίου'], ['δεκεμβρίου']],
};

/** Month number by lowercased name; a name shared by two languages always means the same month. */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS_BY_LANGUAGE).flatMap((months) => months.flatMap((names, index) => names.map((name) => [name, index + 1] as const))),
);

/** Alternation of every name, longest first so that "sept" wins over "sep". */
export const MONTH_NAME_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
