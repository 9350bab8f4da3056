/**
 * Month names of Latin-, Cyrillic-, Greek-, Hebrew-, Indic- (Devanagari, Bengali, Tamil, Sinhala) and Thai-script languages,
 * and of Persian, Urdu, Sindhi, Uyghur and Sorani Kurdish (full, genitive and abbreviated forms), lowercased.
 * Arabic names live in `arabic-dates.ts`, which also needs spelling folding. Below them, the weekday names.
 */
import { primarySubtag } from '../language';
import { escapeRegExp } from './text';

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
  // Polish genitive and nominative, and the three-letter forms of portals' date lines ("3 gru 2026, 08:15"). Croatian
  // would shorten lipanj (June) and listopad (October) as "lip" and "lis" too, but its papers print months in full.
  pl: [['stycznia', 'styczeń', 'styczen', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwi'],
    ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'], ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'],
    ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'],
    ['grudnia', 'grudzień', 'gru']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'],
    ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'],
    ['listopadu'], ['prosince', 'prosinec']],
  // Turkish, with the three-letter abbreviations and the dotless spellings of keyboards without Turkish letters.
  tr: [['ocak', 'oca'], ['şubat', 'şub', 'subat'], ['mart'], ['nisan', 'nis'], ['mayıs', 'mayis'], ['haziran', 'haz'],
    ['temmuz', 'tem'], ['ağustos', 'ağu', 'agustos'], ['eylül', 'eyl', 'eylul'], ['ekim', 'eki'], ['kasım', 'kas', 'kasim'],
    ['aralık', 'ara', 'aralik']],
  // Hindi and Bengali, with the two spellings of the nasal in Hindi.
  hi: [['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'],
    ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर']],
  bn: [['জানুয়ারি', 'জানুয়ারী'], ['ফেব্রুয়ারি', 'ফেব্রুয়ারী'], ['মার্চ'], ['এপ্রিল'], ['মে'], ['জুন'], ['জুলাই'], ['আগস্ট'],
    ['সেপ্টেম্বর'], ['অক্টোবর'], ['নভেম্বর'], ['ডিসেম্বর']],
  // Thai full names and their dotted abbreviations ("5 พ.ค. 2568"); Thai years are Buddhist Era, see dates.ts.
  th: [['มกราคม', 'ม.ค.'], ['กุมภาพันธ์', 'ก.พ.'], ['มีนาคม', 'มี.ค.'], ['เมษายน', 'เม.ย.'], ['พฤษภาคม', 'พ.ค.'],
    ['มิถุนายน', 'มิ.ย.'], ['กรกฎาคม', 'ก.ค.'], ['สิงหาคม', 'ส.ค.'], ['กันยายน', 'ก.ย.'], ['ตุลาคม', 'ต.ค.'],
    ['พฤศจิกายน', 'พ.ย.'], ['ธันวาคม', 'ธ.ค.']],
  // Hungarian, with the dotted abbreviations of datelines ("2025. márc. 5.").
  hu: [['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'],
    ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec']],
  // Russian genitive and nominative, and the short forms of news tickers ("5 мар. 2025", "5 сент 2025").
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'],
    ['декабря', 'декабрь', 'дек']],
  // Ukrainian genitive ("5 травня 2025"), nominative and short forms ("5 бер. 2025"); Bulgarian, and Serbian Cyrillic,
  // whose dates put the day's month in the genitive ("2. децембра 2026.") beside the nominative of headings, and whose
  // public broadcaster's and portals' date lines shorten it to three letters ("четвртак, 03. дец 2026, 10:48").
  uk: [['січня', 'січень', 'січ'], ['лютого', 'лютий', 'лют'], ['березня', 'березень', 'бер'], ['квітня', 'квітень', 'квіт'],
    ['травня', 'травень', 'трав'], ['червня', 'червень', 'черв'], ['липня', 'липень', 'лип'], ['серпня', 'серпень', 'серп'],
    ['вересня', 'вересень', 'вер'], ['жовтня', 'жовтень', 'жовт'], ['листопада', 'листопад', 'лист'], ['грудня', 'грудень', 'груд']],
  bg: [['януари'], ['февруари'], ['март'], ['април'], ['май'], ['юни'], ['юли'], ['август'], ['септември'], ['октомври'],
    ['ноември'], ['декември']],
  sr: [['јануара', 'јануар', 'јан'], ['фебруара', 'фебруар', 'феб'], ['марта', 'март', 'мар'], ['априла', 'април', 'апр'],
    ['маја', 'мај'], ['јуна', 'јун'], ['јула', 'јул'], ['августа', 'август', 'авг'], ['септембра', 'септембар', 'сеп'],
    ['октобра', 'октобар', 'окт'], ['новембра', 'новембар', 'нов'], ['децембра', 'децембар', 'дец']],
  // Indonesian and Malay: news sites there write "Senin, 5 Mei 2025" and abbreviate "Agt", "Okt", "Des"; Malaysian
  // ones shorten Disember to "Dis" ("Dis 6, 2026 11:05 AM", "6 Dis 2026").
  id: [['januari'], ['februari', 'pebruari'], ['maret', 'mac'], ['april'], ['mei'], ['juni', 'jun'], ['juli', 'julai'],
    ['agustus', 'ogos', 'agu', 'agt', 'ags'], ['september'], ['oktober', 'okt'], ['november', 'nopember'],
    ['desember', 'disember', 'des', 'dis']],
  // Slovak genitive ("5. mája 2025") and nominative.
  sk: [['januára', 'január'], ['februára', 'február'], ['marca', 'marec'], ['apríla', 'apríl'], ['mája', 'máj'],
    ['júna', 'jún'], ['júla', 'júl'], ['augusta'], ['septembra'], ['októbra'], ['novembra'], ['decembra']],
  // Croatian genitive, and Serbian, Bosnian and Slovenian Latin names, the Serbian and Bosnian genitive of dates ("2.
  // decembra 2026.", "5. augusta 2025.") among them. Croatian "listopad" is October but Polish and Czech "listopad" is
  // November: the name is Polish's here, and Croatian's on a Croatian page (rule "the page's own month names").
  hr: [['siječnja', 'siječanj'], ['veljače', 'veljača'], ['ožujka', 'ožujak'], ['travnja', 'travanj'], ['svibnja', 'svibanj'],
    ['lipnja', 'lipanj'], ['srpnja', 'srpanj'], ['kolovoza', 'kolovoz'], ['rujna', 'rujan'], [], ['studenoga', 'studenog', 'studeni'],
    ['prosinca', 'prosinac']],
  srLatin: [['januara', 'januar'], ['februara', 'februar'], ['marta', 'marec'], ['aprila', 'april'], ['maja', 'maj'],
    ['juna', 'junij', 'jun'], ['jula', 'julij', 'jul'], ['avgusta', 'augusta', 'avgust'], ['septembra', 'septembar', 'september'],
    ['oktobra', 'oktobar', 'oktober'], ['novembra', 'novembar', 'november'], ['decembra', 'decembar', 'december']],
  // Estonian ("5. märts 2025"), Latvian nominative and locative ("5. martā"), Catalan ("5 de març", "5 d'abril") and
  // Filipino ("Marso 5, 2025").
  et: [['jaanuar'], ['veebruar'], ['märts'], ['aprill'], ['mai'], ['juuni'], ['juuli'], ['august'], ['september'], ['oktoober'],
    ['november'], ['detsember']],
  lv: [['janvāris', 'janvārī'], ['februāris', 'februārī'], ['marts', 'martā'], ['aprīlis', 'aprīlī'], ['maijs', 'maijā'],
    ['jūnijs', 'jūnijā'], ['jūlijs', 'jūlijā'], ['augusts', 'augustā'], ['septembris', 'septembrī'], ['oktobris', 'oktobrī'],
    ['novembris', 'novembrī'], ['decembris', 'decembrī']],
  ca: [['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'], ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'],
    ['desembre']],
  fil: [['enero'], ['pebrero'], ['marso'], ['abril'], ['mayo'], ['hunyo'], ['hulyo'], ['agosto'], ['setyembre'], ['oktubre'],
    ['nobyembre'], ['disyembre']],
  // Georgian and Armenian (the genitive "5 մարտի 2025" beside the nominative), with the abbreviations their news
  // sites print in lists and date rows ("3 დეკ 2026", "3 դեկտ. 2026"), Armenian's three-letter forms among them, which
  // Armenian locales of blog and CMS software print in a post's date ("Դեկ 7, 2026"). Georgian dates a story in the dative, "on 3
  // December" ("3 დეკემბერს, 14:20"), and names the day of a year in the genitive ("3 დეკემბრის 2026").
  ka: [['იანვარი', 'იანვარს', 'იანვრის', 'იან'], ['თებერვალი', 'თებერვალს', 'თებერვლის', 'თებ'], ['მარტი', 'მარტს', 'მარტის', 'მარ'],
    ['აპრილი', 'აპრილს', 'აპრილის', 'აპრ'], ['მაისი', 'მაისს', 'მაისის', 'მაი'], ['ივნისი', 'ივნისს', 'ივნისის', 'ივნ'],
    ['ივლისი', 'ივლისს', 'ივლისის', 'ივლ'], ['აგვისტო', 'აგვისტოს', 'აგვ'], ['სექტემბერი', 'სექტემბერს', 'სექტემბრის', 'სექ'],
    ['ოქტომბერი', 'ოქტომბერს', 'ოქტომბრის', 'ოქტ'], ['ნოემბერი', 'ნოემბერს', 'ნოემბრის', 'ნოე'], ['დეკემბერი', 'დეკემბერს', 'დეკემბრის', 'დეკ']],
  hy: [['հունվարի', 'հունվար', 'հունվ', 'հնվ'], ['փետրվարի', 'փետրվար', 'փետր', 'փտվ'], ['մարտի', 'մարտ', 'մրտ'], ['ապրիլի', 'ապրիլ', 'ապր'],
    ['մայիսի', 'մայիս', 'մյս'], ['հունիսի', 'հունիս', 'հնս'], ['հուլիսի', 'հուլիս', 'հլս'], ['օգոստոսի', 'օգոստոս', 'օգոստ', 'օգս'],
    ['սեպտեմբերի', 'սեպտեմբեր', 'սեպտ', 'սեպ'], ['հոկտեմբերի', 'հոկտեմբեր', 'հոկտ', 'հոկ'], ['նոյեմբերի', 'նոյեմբեր', 'նոյ'],
    ['դեկտեմբերի', 'դեկտեմբեր', 'դեկտ', 'դեկ']],
  ro: [['ianuarie', 'ian'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'], ['iulie'], ['august'], ['septembrie'],
    ['octombrie'], ['noiembrie', 'noi'], ['decembrie']],
  // Finnish partitive ("5. toukokuuta 2025") and nominative.
  fi: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'],
    ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'],
    ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
  // Lithuanian genitive, written year-first: "2025 m. gegužės 5 d.".
  lt: [['sausio'], ['vasario'], ['kovo'], ['balandžio'], ['gegužės'], ['birželio'], ['liepos'], ['rugpjūčio'], ['rugsėjo'],
    ['spalio'], ['lapkričio'], ['gruodžio']],
  // Hebrew, usually with the prefix ב ("in") that the date patterns allow: "5 במאי 2025".
  he: [['ינואר'], ['פברואר'], ['מרץ', 'מרס'], ['אפריל'], ['מאי'], ['יוני'], ['יולי'], ['אוגוסט'], ['ספטמבר'], ['אוקטובר'],
    ['נובמבר'], ['דצמבר']],
  // Persian names of Gregorian months, which Persian news sites print beside the solar date: "۵ مه ۲۰۲۵".
  fa: [['ژانویه'], ['فوریه'], ['مارس'], ['آوریل'], ['مه'], ['ژوئن'], ['ژوئیه'], ['اوت'], ['سپتامبر'], ['اکتبر'], ['نوامبر'],
    ['دسامبر']],
  // Dari names of the Gregorian months, taken from English as Afghan sites print them beside the solar date ("۱۴
  // سپتمبر ۲۰۲۶"), where they differ from Urdu's; May, "می", is left out: it is also the Persian verb's prefix, written
  // apart ("می شود").
  faAF: [[], ['فبروری'], [], [], [], [], ['جولای'], ['آگست'], ['سپتمبر'], [], [], []],
  // Urdu names of the Gregorian months, which Pakistani and Indian Urdu papers date their stories with: "25 جولائی 2023".
  ur: [['جنوری'], ['فروری'], ['مارچ'], ['اپریل'], ['مئی'], ['جون'], ['جولائی'], ['اگست'], ['ستمبر'], ['اکتوبر'], ['نومبر'],
    ['دسمبر']],
  // Sindhi names of the Gregorian months, in the Sindhi letters (ڊ, ٽ, ڪ) Urdu does not write: "3 ڊسمبر 2026".
  sd: [['جنوري'], ['فيبروري', 'فبروري'], ['مارچ'], ['اپريل'], ['مئي'], ['جون'], ['جولاءِ', 'جولاء', 'جولائي'], ['آگسٽ', 'آگسٽ'],
    ['سيپٽمبر', 'سيپٽيمبر'], ['آڪٽوبر'], ['نومبر'], ['ڊسمبر']],
  // Uyghur names of the Gregorian months, taken from Russian, after a day joined by a hyphen: "3-دېكابىر 2026-يىلى".
  ug: [['يانۋار'], ['فېۋرال'], ['مارت'], ['ئاپرېل'], ['ماي'], ['ئىيۇن'], ['ئىيۇل'], ['ئاۋغۇست'], ['سېنتەبىر', 'سېنتەبر'], ['ئۆكتەبىر', 'ئۆكتەبر'],
    ['نويابىر', 'نويابر'], ['دېكابىر', 'دېكابر']],
  // Sorani Kurdish names of the Gregorian months, Syriac like the Levant's, each also with the ezafe ی that ties it to
  // the year: "٢ی کانوونی یەکەمی ٢٠٢٦" (2 December 2026). Vowels are written doubled or single ("ئەیلوول", "ئەیلول").
  ckb: [['کانوونی دووەم', 'کانونی دووەم'], ['شوبات'], ['ئازار'], ['نیسان'], ['ئایار'], ['حوزەیران'], ['تەممووز', 'تەموز'], ['ئاب'],
    ['ئەیلوول', 'ئەیلول'], ['تشرینی یەکەم'], ['تشرینی دووەم'], ['کانوونی یەکەم', 'کانونی یەکەم']]
    .map((names) => names.flatMap((name) => [`${name}ی`, name])),
  // Kurmanji Kurdish, in the Latin script, names the Gregorian months three ways: Turkey's papers by the old Kurdish
  // names ("5 Berfanbar 2026") or the agencies' set ("5 Kanûn 2026", "Çile" for January), Syria's and Iraq's Kurmanji
  // by the Syriac ones ("5 Kanûna Pêşîn 2026"); the names are also typed without their circumflexes, all but "Kanûn",
  // which so typed is the Turkish word for a law.
  ku: [['çile', 'kanûna paşîn', 'kanuna paşin', 'rêbendan', 'rebendan'], ['sibat', 'reşemî', 'reşemi'], ['adar'], ['nîsan', 'avrêl', 'avrel'],
    ['gulan'], ['hezîran', 'heziran', 'pûşper', 'puşper'], ['tîrmeh', 'tirmeh'], ['tebax', 'gelawêj', 'gelawej'], ['îlon', 'ilon', 'rezber'],
    ['cotmeh', 'çiriya pêşîn', 'çiriya peşin', 'kewçêr', 'kewçer'], ['mijdar', 'çiriya paşîn', 'çiriya paşin', 'sermawez'],
    ['berfanbar', 'kanûna pêşîn', 'kanuna peşin', 'kanûn']],
  // Greek genitive ("5 Μαρτίου 2025"), nominative and the three- and four-letter abbreviations ("05 Μαρ 2025"). Greek
  // written in capitals drops its accents ("5 ΜΑΡΤΙΟΥ 2025"), so every name is also listed without them.
  el: [['ιανουαρίου', 'ιανουάριος', 'ιαν'], ['φεβρουαρίου', 'φεβρουάριος', 'φεβ'], ['μαρτίου', 'μάρτιος', 'μαρ'],
    ['απριλίου', 'απρίλιος', 'απρ'], ['μαΐου', 'μάιος', 'μαΐ', 'μαϊ'], ['ιουνίου', 'ιούνιος', 'ιουν'], ['ιουλίου', 'ιούλιος', 'ιουλ'],
    ['αυγούστου', 'αύγουστος', 'αυγ'], ['σεπτεμβρίου', 'σεπτέμβριος', 'σεπτ', 'σεπ'], ['οκτωβρίου', 'οκτώβριος', 'οκτ'],
    ['νοεμβρίου', 'νοέμβριος', 'νοε'], ['δεκεμβρίου', 'δεκέμβριος', 'δεκ']],
  // Marathi, Gujarati, Punjabi (Gurmukhi), Telugu, Kannada and Malayalam, each with the spellings their papers use.
  // Rule "India's short months": like Tamil's, Marathi, Gujarati and Kannada portals stamp their stories with the
  // names cut after a syllable or two, with a stop or without ("०३ डिसें. २०२६", "૦૩ ડિસે. ૨૦૨૬", "ಡಿಸೆಂ 04, 2026"); the
  // short names are read, as every name here, only with a day and a year beside them.
  mr: [['जानेवारी', 'जाने'], ['फेब्रुवारी', 'फेब्रु'], ['मार्च'], ['एप्रिल', 'एप्रि'], ['मे'], ['जून'], ['जुलै'], ['ऑगस्ट', 'ऑग'], ['सप्टेंबर', 'सप्टें'],
    ['ऑक्टोबर', 'ऑक्टो'], ['नोव्हेंबर', 'नोव्हें'], ['डिसेंबर', 'डिसें']],
  gu: [['જાન્યુઆરી', 'જાન્યુ'], ['ફેબ્રુઆરી', 'ફેબ્રુ'], ['માર્ચ'], ['એપ્રિલ'], ['મે'], ['જૂન'], ['જુલાઈ'], ['ઑગસ્ટ', 'ઓગસ્ટ', 'ઑગ', 'ઓગ'], ['સપ્ટેમ્બર', 'સપ્ટે'],
    ['ઑક્ટોબર', 'ઓક્ટોબર', 'ઑક્ટો', 'ઓક્ટો'], ['નવેમ્બર', 'નવે'], ['ડિસેમ્બર', 'ડિસે']],
  pa: [['ਜਨਵਰੀ'], ['ਫ਼ਰਵਰੀ', 'ਫਰਵਰੀ'], ['ਮਾਰਚ'], ['ਅਪ੍ਰੈਲ', 'ਅਪਰੈਲ'], ['ਮਈ'], ['ਜੂਨ'], ['ਜੁਲਾਈ'], ['ਅਗਸਤ'], ['ਸਤੰਬਰ'], ['ਅਕਤੂਬਰ'],
    ['ਨਵੰਬਰ'], ['ਦਸੰਬਰ']],
  te: [['జనవరి'], ['ఫిబ్రవరి'], ['మార్చి'], ['ఏప్రిల్'], ['మే'], ['జూన్'], ['జూలై'], ['ఆగస్టు'], ['సెప్టెంబర్', 'సెప్టెంబరు'],
    ['అక్టోబర్', 'అక్టోబరు'], ['నవంబర్', 'నవంబరు'], ['డిసెంబర్', 'డిసెంబరు']],
  kn: [['ಜನವರಿ'], ['ಫೆಬ್ರವರಿ', 'ಫೆಬ್ರ'], ['ಮಾರ್ಚ್'], ['ಏಪ್ರಿಲ್'], ['ಮೇ'], ['ಜೂನ್'], ['ಜುಲೈ'], ['ಆಗಸ್ಟ್'], ['ಸೆಪ್ಟೆಂಬರ್', 'ಸೆಪ್ಟೆಂ'], ['ಅಕ್ಟೋಬರ್', 'ಅಕ್ಟೋ'],
    ['ನವೆಂಬರ್', 'ನವೆಂ'], ['ಡಿಸೆಂಬರ್', 'ಡಿಸೆಂ']],
  ml: [['ജനുവരി'], ['ഫെബ്രുവരി'], ['മാർച്ച്'], ['ഏപ്രിൽ'], ['മേയ്', 'മെയ്'], ['ജൂൺ'], ['ജൂലൈ'], ['ഓഗസ്റ്റ്'], ['സെപ്റ്റംബർ'], ['ഒക്ടോബർ'],
    ['നവംബർ'], ['ഡിസംബർ']],
  // Tamil, whose names end in the virama (ச் in மார்ச்), and Sri Lankan Tamil's பெப்ரவரி. Rule "Tamil short months":
  // Tamil portals stamp their stories with the names cut to a syllable or two ("பதிவு செய்த நாள்: டிச 03, 2026 21:15");
  // "ஆக" (August) is also the word "as", and like every name here it is read only with a day and a year beside it.
  ta: [['ஜனவரி', 'ஜன'], ['பிப்ரவரி', 'பெப்ரவரி', 'பிப்'], ['மார்ச்', 'மார்'], ['ஏப்ரல்', 'ஏப்'], ['மே'], ['ஜூன்'], ['ஜூலை'],
    ['ஆகஸ்ட்', 'ஆக'], ['செப்டம்பர்', 'செப்'], ['அக்டோபர்', 'அக்'], ['நவம்பர்', 'நவ'], ['டிசம்பர்', 'டிச']],
  // Nepali names of the Gregorian months, which Nepali papers print beside the Bikram Sambat date ("२०२६ डिसेम्बर ३"),
  // and Sinhala ("දෙසැම්බර් 03, 2026"), whose April is written with a zero-width joiner in its conjunct and without.
  ne: [['जनवरी'], ['फेब्रुअरी', 'फेब्रुवरी'], ['मार्च'], ['अप्रिल'], ['मे'], ['जुन'], ['जुलाई'], ['अगस्ट', 'अगष्ट'], ['सेप्टेम्बर', 'सेप्टेम्वर'],
    ['अक्टोबर', 'अक्टुबर'], ['नोभेम्बर', 'नोवेम्बर'], ['डिसेम्बर']],
  si: [['ජනවාරි'], ['පෙබරවාරි'], ['මාර්තු'], ['අප්\u200dරේල්', 'අප්රේල්'], ['මැයි'], ['ජූනි'], ['ජූලි'], ['අගෝස්තු'], ['සැප්තැම්බර්'],
    ['ඔක්තෝබර්'], ['නොවැම්බර්'], ['දෙසැම්බර්']],
  // Swahili: East African papers date "Machi 5, 2025" and "5 Machi 2025".
  sw: [['januari'], ['februari'], ['machi'], ['aprili'], ['mei'], ['juni'], ['julai'], ['agosti'], ['septemba'], ['oktoba'],
    ['novemba'], ['desemba']],
  // Hausa ("3 Disamba 2026") and Somali ("Disembar 3, 2026"), as West African and Horn of Africa papers date their
  // stories, with the Somali spellings that double a vowel or not ("Luulyo", "Luuliyo").
  ha: [['janairu'], ['fabrairu'], ['maris'], ['afrilu'], ['mayu'], ['yuni'], ['yuli'], ['agusta'], ['satumba'], ['oktoba'],
    ['nuwamba'], ['disamba']],
  // Rule "Yoruba and Igbo months": Yoruba papers name the Gregorian months by their order, "Oṣù Kejìlá" (the twelfth
  // month), read whole with the word for month before the ordinal, since the ordinals alone are counting words of
  // running text; Igbo papers write the English names in Igbo spelling ("Disemba 5, 2026"). Igbo "Mee" (May) is left
  // out as the Luxembourgish one is.
  yo: [['oṣù kìíní', 'oṣù kiini'], ['oṣù kejì', 'oṣù keji'], ['oṣù kẹta', 'oṣù keta'], ['oṣù kẹrin', 'oṣù kerin'],
    ['oṣù karùn-ún', 'oṣù karun'], ['oṣù kẹfà', 'oṣù kefa'], ['oṣù keje'], ['oṣù kẹjọ', 'oṣù kejo'], ['oṣù kẹsàn-án', 'oṣù kesan'],
    ['oṣù kẹwàá', 'oṣù kewaa'], ['oṣù kọkànlá', 'oṣù kokanla'], ['oṣù kejìlá', 'oṣù kejila']],
  ig: [['jenụwarị', 'jenuwari'], ['febụwarị', 'febuwari'], ['maachị'], ['eprel'], [], ['juun'], ['julaị'], ['ọgọọst', 'ọgọst'],
    ['septemba'], ['ọktoba'], ['novemba'], ['disemba']],
  // Kinyarwanda ("Ku wa 5 Ukuboza 2026"), as Rwandan papers date their stories; "mata" and "kamena" are also words of
  // the language, read as months only with a day and a year beside them like every name here.
  rw: [['mutarama'], ['gashyantare'], ['werurwe'], ['mata'], ['gicurasi'], ['kamena'], ['nyakanga'], ['kanama'], ['nzeri', 'nzeli'],
    ['ukwakira'], ['ugushyingo'], ['ukuboza']],
  so: [['janaayo'], ['febraayo'], ['maarso'], ['abriil'], ['maajo'], ['juun'], ['luulyo', 'luuliyo'], ['agoosto', 'ogosto'],
    ['sebtembar', 'sebteembar'], ['oktoobar'], ['nofembar'], ['disembar', 'diseembar']],
  // Amharic names of the Gregorian months, which Ethiopian papers print beside or instead of the Ethiopian calendar's
  // own (those are read in ethiopian-dates.ts), each in the two spellings the transliteration takes.
  // Dhivehi, in Thaana, the English names as the Maldives' papers write them ("3 ޑިސެމްބަރު 2026"), August in its two spellings.
  dv: [['ޖަނަވަރީ'], ['ފެބްރުއަރީ'], ['މާރިޗު'], ['އޭޕްރީލް'], ['މެއި'], ['ޖޫން'], ['ޖުލައި'], ['އޮގަސްޓު', 'އޯގަސްޓު'], ['ސެޕްޓެމްބަރު'],
    ['އޮކްޓޫބަރު'], ['ނޮވެމްބަރު'], ['ޑިސެމްބަރު']],
  am: [['ጃንዩወሪ', 'ጃንዋሪ'], ['ፌብሩወሪ', 'ፌብሩዋሪ'], ['ማርች'], ['ኤፕሪል'], ['ሜይ'], ['ጁን'], ['ጁላይ'], ['ኦገስት'], ['ሴፕቴምበር'], ['ኦክቶበር'],
    ['ኖቬምበር', 'ኖቨምበር'], ['ዲሴምበር']],
  // Burmese and Khmer, whose papers write the Gregorian month's name in their own script ("၂၀၂၆ ဒီဇင်ဘာ ၃", "ខែធ្នូ").
  my: [['ဇန်နဝါရီ'], ['ဖေဖော်ဝါရီ'], ['မတ်'], ['ဧပြီ'], ['မေ'], ['ဇွန်'], ['ဇူလိုင်'], ['ဩဂုတ်', 'သြဂုတ်'], ['စက်တင်ဘာ'], ['အောက်တိုဘာ'],
    ['နိုဝင်ဘာ'], ['ဒီဇင်ဘာ']],
  // Rule "Lao months": Lao papers write the Gregorian months by their Lao names ("ວັນທີ 7 ທັນວາ 2026"), the same
  // Sanskrit-derived words as Thai's but in Lao letters, so the Thai list never matched them and Lao pages had no date.
  lo: [['ມັງກອນ'], ['ກຸມພາ'], ['ມີນາ'], ['ເມສາ'], ['ພຶດສະພາ'], ['ມິຖຸນາ'], ['ກໍລະກົດ'], ['ສິງຫາ'], ['ກັນຍາ'], ['ຕຸລາ'], ['ພະຈິກ'], ['ທັນວາ']],
  km: [['មករា'], ['កុម្ភៈ'], ['មីនា'], ['មេសា'], ['ឧសភា'], ['មិថុនា'], ['កក្កដា'], ['សីហា'], ['កញ្ញា'], ['តុលា'], ['វិច្ឆិកា'], ['ធ្នូ']],
  // Slovenian genitive ("5. marca 2025") beside the nominative the Serbian Latin list has.
  sl: [['januarja'], ['februarja'], ['marca'], ['aprila'], ['maja'], ['junija'], ['julija'], ['avgusta'], ['septembra'],
    ['oktobra'], ['novembra'], ['decembra']],
  // Albanian, also typed without its ë ("nentor"), and abbreviated to three letters ("03 Dhj 2026").
  sq: [['janar', 'jan'], ['shkurt', 'shk'], ['mars', 'mar'], ['prill', 'pri'], ['maj'], ['qershor', 'qer'], ['korrik', 'kor'], ['gusht', 'gus'],
    ['shtator', 'sht'], ['tetor', 'tet'], ['nëntor', 'nentor', 'nën', 'nen'], ['dhjetor', 'dhj']],
  // Macedonian writes ј where Bulgarian writes я or ю: "5 јануари", "5 јуни".
  mk: [['јануари'], ['февруари'], ['март'], ['април'], ['мај'], ['јуни'], ['јули'], ['август'], ['септември'], ['октомври'],
    ['ноември'], ['декември']],
  // Belarusian genitive ("5 сакавіка 2025") and nominative.
  be: [['студзеня', 'студзень'], ['лютага', 'люты'], ['сакавіка', 'сакавік'], ['красавіка', 'красавік'], ['мая', 'май'],
    ['чэрвеня', 'чэрвень'], ['ліпеня', 'ліпень'], ['жніўня', 'жнівень'], ['верасня', 'верасень'], ['кастрычніка', 'кастрычнік'],
    ['лістапада', 'лістапад'], ['снежня', 'снежань']],
  is: [['janúar'], ['febrúar'], ['mars'], ['apríl'], ['maí'], ['júní'], ['júlí'], ['ágúst'], ['september'], ['október'],
    ['nóvember'], ['desember']],
  // Azerbaijani and Uzbek (Latin and Cyrillic); Uzbek joins the day with a hyphen: "5-mart, 2025". Azerbaijani
  // sites abbreviate to three letters in date rows ("03 Dek 2026").
  az: [['yanvar', 'yan'], ['fevral', 'fev'], ['mart'], ['aprel'], ['may'], ['iyun', 'iyn'], ['iyul', 'iyl'], ['avqust', 'avgust', 'avq'],
    ['sentyabr', 'sentabr', 'sen'], ['oktyabr', 'oktabr'], ['noyabr', 'noy'], ['dekabr', 'dek']],
  uzCyrillic: [['январ'], ['феврал'], ['март'], ['апрел'], ['май'], ['июн'], ['июл'], ['август'], ['сентябр'], ['октябр'],
    ['ноябр'], ['декабр']],
  kk: [['қаңтар'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'], ['шілде'], ['тамыз'], ['қыркүйек'], ['қазан'],
    ['қараша'], ['желтоқсан']],
  // Kazakh in the Latin alphabet its sites run beside the Cyrillic ("3 jeltoqsan 2026"), in the 2018 spelling
  // ("naýryz", "qyrkúıek"), the 2021 one ("qañtar", "naurız") and typed without the letters ASCII lacks.
  kkLatin: [['qańtar', 'qañtar', 'qantar'], ['aqpan'], ['naýryz', 'naurız', 'nauryz'], ['sáýir', 'säuır', 'sauir'], ['mamyr'],
    ['maýsym', 'mausym'], ['shilde'], ['tamyz'], ['qyrkúıek', 'qyrküiek', 'qyrkuiek'], ['qazan'], ['qarasha'], ['jeltoqsan']],
  // Kyrgyz, which gives the day of the month the possessive ending after the genitive year: "2026-жылдын 3-декабры"
  // (the 3rd of December of 2026); the nominatives are Russian's.
  ky: [['январы'], ['февралы'], ['марты'], ['апрели'], ['майы'], ['июну'], ['июлу'], ['августу'], ['сентябры'], ['октябры'],
    ['ноябры'], ['декабры']],
  // Tajik, which ties the month to the year with the ezafe "и": "3 декабри 2026".
  tg: [['январи', 'январ'], ['феврали', 'феврал'], ['марти'], ['апрели', 'апрел'], ['майи'], ['июни', 'июн'], ['июли', 'июл'],
    ['августи'], ['сентябри', 'сентябр'], ['октябри', 'октябр'], ['ноябри', 'ноябр'], ['декабри', 'декабр']],
  // Basque genitive, which its year-first dates use ("2025eko martxoaren 5a"), and nominative.
  eu: [['urtarrilaren', 'urtarrila'], ['otsailaren', 'otsaila'], ['martxoaren', 'martxoa'], ['apirilaren', 'apirila'],
    ['maiatzaren', 'maiatza'], ['ekainaren', 'ekaina'], ['uztailaren', 'uztaila'], ['abuztuaren', 'abuztua'],
    ['irailaren', 'iraila'], ['urriaren', 'urria'], ['azaroaren', 'azaroa'], ['abenduaren', 'abendua']],
  gl: [['xaneiro'], ['febreiro'], ['marzo'], ['abril'], ['maio'], ['xuño'], ['xullo'], ['agosto'], ['setembro'], ['outubro'],
    ['novembro'], ['decembro']],
  // Vietnamese month names in words, as some sites print them ("5 Tháng Ba, 2025"). "Tháng năm" (May) is left out: it
  // also reads "months of the year", as in "trong 5 tháng năm 2025" ("in the five months of 2025").
  vi: [['tháng một'], ['tháng hai'], ['tháng ba'], ['tháng tư'], [], ['tháng sáu'], ['tháng bảy'], ['tháng tám'], ['tháng chín'],
    ['tháng mười'], ['tháng mười một'], ['tháng mười hai']],
  // Irish, two of whose names are two words ("5 Meán Fómhair 2025"), and Welsh.
  ga: [['eanáir'], ['feabhra'], ['márta'], ['aibreán'], ['bealtaine'], ['meitheamh'], ['iúil'], ['lúnasa'], ['meán fómhair'],
    ['deireadh fómhair'], ['samhain'], ['nollaig']],
  cy: [['ionawr'], ['chwefror'], ['mawrth'], ['ebrill'], ['mai'], ['mehefin'], ['gorffennaf'], ['awst'], ['medi'], ['hydref'],
    ['tachwedd'], ['rhagfyr']],
  // Luxembourgish, whose names are German's but for March and April ("5. Abrëll 2026"). "Mee" (May) is left out: it is
  // also the Dutch "along" ("Er deden 12 mee. 2026 …").
  lb: [['januar'], ['februar'], ['mäerz'], ['abrëll'], [], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'],
    ['dezember']],
  // Rule "Europe's regional languages' months": Maltese ("il-5 ta' Diċembru 2026", also typed without its dotted
  // letters), Breton ("Sadorn 5 Kerzu 2026", SPIP's Breton dates), West Frisian ("snein 6 desimber 2026"), Scottish
  // Gaelic ("5 Dùbhlachd 2026") and Occitan ("5 de decembre de 2026"), as their papers and broadcasters print them.
  // Breton "Mae", "Here" and "Du" (May, October, November) are left out: they are also Welsh "is", English "here" and
  // French "of the", read after a number in running text ("le 5 du mois").
  mt: [['jannar'], ['frar'], ['marzu'], ['april'], ['mejju'], ['ġunju', 'gunju'], ['lulju'], ['awwissu'], ['settembru'], ['ottubru'],
    ['novembru'], ['diċembru', 'dicembru']],
  br: [['genver'], ["c'hwevrer", 'c’hwevrer'], ['meurzh'], ['ebrel'], [], ['mezheven'], ['gouere'], ['eost'], ['gwengolo'], [], [],
    ['kerzu']],
  fy: [['jannewaris'], ['febrewaris'], ['maart'], ['april'], ['maaie'], ['juny'], ['july'], ['augustus'], ['septimber'], ['oktober'],
    ['novimber'], ['desimber']],
  gd: [['faoilleach'], ['gearran'], ['màrt'], ['giblean'], ['cèitean'], ['ògmhios'], ['iuchar'], ['lùnastal'], ['sultain'], ['dàmhair'],
    ['samhain'], ['dùbhlachd']],
  oc: [['genièr'], ['febrièr'], ['març'], ['abril'], ['mai'], ['junh'], ['julhet'], ['agost'], ['setembre'], ['octòbre'], ['novembre'],
    ['decembre']],
};

/**
 * Month number by lowercased, NFC-normalised name; a name shared by two languages always means the same month.
 * Bengali য় and similar letters have two encodings, and dates are normalised the same way before lookup.
 */
export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTHS_BY_LANGUAGE).flatMap(([language, months]) => months.flatMap((names, index) => names
    .flatMap((name) => (language === 'el' ? [name, greekUnaccented(name)] : [name]))
    .map((name) => [name.normalize('NFC'), index + 1] as const))),
);

/**
 * A Greek name as capitals lowercase: without the stress accent (tonos), with the diaeresis, so "ΜΑΪΟΥ" gives "μαϊου"
 * beside the written "μαΐου".
 */
function greekUnaccented(name: string): string {
  return name.normalize('NFD').replace(/\u0301/g, '').normalize('NFC');
}

/**
 * Rule "the page's own month names": a name two languages spell alike but give to different months is read as the
 * page's language gives it. Croatian "listopad" (genitive "listopada") is October, where Polish and Czech "listopad" is
 * November, so "15. listopada 2026. u 9:30" on a Croatian page is in October; read as Polish, it was a month late.
 */
const MONTHS_OF_OWN_LANGUAGE: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  hr: new Map([['listopad', 10], ['listopada', 10]]),
};

/** The month a lowercased name gives, on a page of the language given (a BCP 47 tag, or null when none is known). */
export function monthOfName(name: string, language: string | null = null): number | undefined {
  const own = language === null ? undefined : MONTHS_OF_OWN_LANGUAGE[primarySubtag(language)];
  return own?.get(name) ?? MONTH_BY_NAME.get(name);
}

/**
 * Alternation of every name as a prefix tree ("ma(?:r(?:zo|s|ch)?|y|i)"), for the date patterns. At a position the
 * names that match are prefixes of one another, and the tree tries them longest first as a flat list sorted by
 * length would ("sept" before "sep"); no two sibling letters are equal under case folding, so at most one branch
 * can match. Shared prefixes are compiled once: a regex built from it compiles about a third faster on first use.
 */
export const MONTH_NAME_ALTERNATION = alternationTree([...MONTH_BY_NAME.keys()]);
/** The Thai names alone, for the two-digit Buddhist-Era years only Thai dates write ("5 ก.พ. 66"). */
export const THAI_MONTH_NAME_ALTERNATION = alternationTree(MONTHS_BY_LANGUAGE.th.flat());

interface PrefixNode {
  next: Map<string, PrefixNode>;
  isName: boolean;
}

function alternationTree(names: readonly string[]): string {
  const root: PrefixNode = { next: new Map(), isName: false };
  for (const name of names) {
    let node = root;
    for (const letter of name) {
      let child = node.next.get(letter);
      if (!child) {
        child = { next: new Map(), isName: false };
        node.next.set(letter, child);
      }
      node = child;
    }
    node.isName = true;
  }
  return subtreePattern(root);
}

/** A greedy optional group tries the longer names below a node before the name ending at it. */
function subtreePattern(node: PrefixNode): string {
  const branches = [...node.next].map(([letter, child]) => escapeRegExp(letter) + subtreePattern(child));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !node.isName) return branches[0];
  return node.isName ? `(?:${branches.join('|')})?` : `(?:${branches.join('|')})`;
}

/**
 * Weekday names written out, lowercased, in the languages whose datelines print them ("Monday, 12 March", "Sábado, 3
 * de mayo", "الأحد 5 مارس", Indonesian "Kamis, 3 Desember 2026"), with the spellings keyboards without accents or
 * hamza give them. A byline row that runs on into the date ("Penulis: Jane Doe | Kamis, 3 Desember 2026") would
 * otherwise leave the weekday as a co-writer.
 */
const WEEKDAYS_BY_LANGUAGE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  // Each language's days from Monday to Sunday, each day with the spellings it is written in.
  en: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  de: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
  fr: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  es: [['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'], ['domingo']],
  it: [['lunedì'], ['martedì'], ['mercoledì'], ['giovedì'], ['venerdì'], ['sabato'], ['domenica']],
  // Portuguese Saturday and Sunday are spelled as the Spanish ones.
  pt: [['segunda-feira'], ['terça-feira'], ['quarta-feira'], ['quinta-feira'], ['sexta-feira'], [], []],
  ar: [['الإثنين', 'الاثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد', 'الاحد']],
  id: [['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu'], ['minggu']],
  // Rule "Hebrew weekdays": Hebrew numbers the days from Sunday, "יום ראשון" (the first day), and stamps write them
  // out or by their numeral letter with a geresh ("יום א'", "יום א׳"); Saturday is "שבת", with "יום" or without it.
  he: hebrewWeekdays(['שני', 'שלישי', 'רביעי', 'חמישי', 'שישי', 'שבת', 'ראשון'], ['ב', 'ג', 'ד', 'ה', 'ו', 'ש', 'א']),
  // Rule "Thai weekdays": Thai rows name the day with "วัน" ("day") before it and often "ที่" ("the") after it, glued
  // ("โดย … วันจันทร์ที่ 7 ธ.ค. 69"), so the weekday stayed on the writer's name when the date was cut off it.
  th: [['วันจันทร์ที่', 'วันจันทร์'], ['วันอังคารที่', 'วันอังคาร'], ['วันพุธที่', 'วันพุธ'], ['วันพฤหัสบดีที่', 'วันพฤหัสบดี', 'วันพฤหัสฯ'],
    ['วันศุกร์ที่', 'วันศุกร์'], ['วันเสาร์ที่', 'วันเสาร์'], ['วันอาทิตย์ที่', 'วันอาทิตย์']],
  // Rule "Nordic weekdays": Danish, Norwegian and Swedish papers open a stamp with the day's name ("Mandag d. 7.
  // december 2026, kl. 08.30", "måndag 7 december 2026"), nynorsk with its own spellings, Finnish ones before a
  // numeric date ("maanantai 7.12.2026"), Icelandic ones in full ("mánudagur 7. desember 2026").
  da: [['mandag'], ['tirsdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lørdag'], ['søndag']],
  nn: [['måndag'], ['tysdag'], [], [], [], ['laurdag'], ['sundag']],
  sv: [[], ['tisdag'], [], [], [], ['lördag'], ['söndag']],
  fi: [['maanantai'], ['tiistai'], ['keskiviikko'], ['torstai'], ['perjantai'], ['lauantai'], ['sunnuntai']],
  is: [['mánudagur'], ['þriðjudagur'], ['miðvikudagur'], ['fimmtudagur'], ['föstudagur'], ['laugardagur'], ['sunnudagur']],
  // Rule "Yoruba weekdays": Yoruba rows print the day before the date ("Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026"), "Ọjọ́" (day)
  // and its name, or run together for Wednesday and Thursday; composed here, as dates are read composed.
  yo: [['ọjọ́ ajé'], ['ọjọ́ ìṣẹ́gun'], ['ọjọ́rú'], ['ọjọ́bọ̀'], ['ọjọ́ ẹtì'], ['ọjọ́ àbámẹ́ta'], ['ọjọ́ àìkú']].map((day) => day.map((name) => name.normalize('NFC'))),
};
/** Each Hebrew day's spellings, Monday first: written out, by its numeral letter with either geresh, and "שבת" alone. */
function hebrewWeekdays(ordinals: readonly string[], numerals: readonly string[]): string[][] {
  return ordinals.map((ordinal, monday) => [
    `יום ${ordinal}`, `יום ${numerals[monday]}'`, `יום ${numerals[monday]}׳`, ...(ordinal === 'שבת' ? ['שבת'] : []),
  ]);
}
export const WEEKDAY_NAMES: readonly string[] = Object.values(WEEKDAYS_BY_LANGUAGE).flat(2);
export const ARABIC_WEEKDAY_NAMES: readonly string[] = WEEKDAYS_BY_LANGUAGE.ar.flat();
/** The English weekdays' abbreviations, Monday first, as templates print them ("Sat, 12/05/2026"). */
export const ENGLISH_WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Weekdays as English and German datelines abbreviate them: "Tue, 12 Mar", "Mi, 12. Juni". */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [...ENGLISH_WEEKDAY_ABBREVIATIONS, 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so'];

/**
 * The day of the week a weekday's name or English abbreviation stands for, as `Date#getUTCDay` numbers it (Sunday
 * 0). The two-letter German abbreviations are left out: "do" is Thursday there and Sunday in Spanish.
 */
export function weekdayNumberOf(name: string): number | undefined {
  return WEEKDAY_NUMBER_BY_NAME.get(name.toLowerCase());
}
const WEEKDAY_NUMBER_BY_NAME: ReadonlyMap<string, number> = new Map([
  ...Object.values(WEEKDAYS_BY_LANGUAGE).flatMap((days) => days.flatMap((spellings, monday) => spellings.map((name) => [name, (monday + 1) % 7] as const))),
  ...ENGLISH_WEEKDAY_ABBREVIATIONS.map((name, monday) => [name, (monday + 1) % 7] as const),
]);
