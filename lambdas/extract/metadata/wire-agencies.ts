/**
 * News agencies: recognising an agency name (so that it becomes `wireSource`, never an author) and finding
 * the agency a story is credited to in visible text: "(AFP)", "(أ ف ب)", "PARIS (Reuters) -", "- dpa",
 * "المصدر: رويترز".
 */
import { primarySubtag } from '../language';
import { withoutArabicMarks } from './arabic-dates';
import { withTatweelDashes } from './text';

interface Agency {
  /** The name written to `wireSource`. */
  name: string;
  /** Spellings, matched case-insensitively as whole words, dots and spaces optional between Arabic letters. */
  spellings: string[];
  /**
   * Rule "declined agency name": Ukrainian, Russian, Polish and Serbian decline an agency's name as any noun ("За
   * матеріалами Укрінформу", "сообщает РИА Новостей", "według PAP-u"); initials kept in capitals take the ending
   * after a hyphen. The name's forms in the cases those languages give it, each a whole word as the spellings are:
   * only the endings of that name, so no other word that opens as the name does is read as the agency.
   */
  caseForms?: string[];
  /**
   * Rule "agency's regional service": an agency that names its regional services after itself, a hyphen and the
   * region ("Интерфакс-Урал", "Interfax-Ukraine"), credits them as it credits itself: the name, a hyphen and one or
   * two capitalised words is that agency.
   */
  regionalServices?: boolean;
}

/** A name's case forms: the stem with each ending ("Интерфакс" with "а", "у": "Интерфакса", "Интерфаксу"). */
function declined(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}
/** The endings of a masculine noun ending in a consonant, in Russian and in Ukrainian, past the nominative. */
const RUSSIAN_MASCULINE_ENDINGS = ['а', 'у', 'ом', 'е'];
const UKRAINIAN_MASCULINE_ENDINGS = ['у', 'а', 'ові', 'ом', 'і'];

const AGENCIES: readonly Agency[] = [
  // Chinese papers credit the foreign agencies by their Chinese names in the telegram dateline ("（法新社巴黎3日電）",
  // "路透社", "美聯社"), as they do their own.
  // Arabic papers that credit the French agency in words call it "the French news agency" or "the French press
  // agency" as often as they spell "France Presse": "المصدر: وكالة الأنباء الفرنسية", "وكالة الصحافة الفرنسية";
  // Persian ones "خبرگزاری فرانسه", and Urdu spells its initials "اے ایف پی". Moroccan and Algerian papers write the
  // French name as the French say it, "فرانس بريس" ("المصدر: فرانس بريس").
  { name: 'AFP', spellings: ['AFP', '法新社', 'Agence France-Presse', 'Agence France Presse', 'أ ف ب', 'ا ف ب', 'فرانس برس', 'فرانس بريس', 'فرانس پرس', 'وكالة فرانس برس', 'وكالة الأنباء الفرنسية', 'وكالة الصحافة الفرنسية', 'خبرگزاری فرانسه', 'اے ایف پی'] },
  // Persian writes the agency with its own yeh ("رویترز"), Urdu with its retroflex letters ("رائٹرز"), Hebrew "רויטרס".
  { name: 'Reuters', spellings: ['Reuters', 'رويترز', 'روئترز', 'رويتر', 'رویترز', 'رائٹرز', 'רויטרס', 'ロイター', '路透社', '路透'] },
  // Arabic papers spell the American agency's name with one yeh or two before the "t", or a yeh after it
  // ("أسوشيتد", "أسوشييتد", "أسوشيتيد"), and give it the article as English gives it "the" ("الأسوشيتد برس").
  { name: 'AP', spellings: ['AP', 'Associated Press', 'The Associated Press', 'أ ب', 'أسوشيتد برس', 'اسوشيتد برس', 'أسوشييتد برس', 'أسوشيتيد برس', 'الأسوشيتد برس', 'الأسوشييتد برس', 'الأسوشيتيد برس', 'آسوشیتدپرس', 'آسوشیتد پرس', '美聯社', '美联社'] },
  // dpa's feed goes out under the name of its distribution company, which the closing line of its copy prints
  // ("dpa-infocom, dpa:261202-930-412877/3"); its markets service datelines its copy "FRANKFURT (dpa-AFX) -".
  { name: 'dpa', spellings: ['dpa', 'dpa-infocom', 'dpa-AFX', 'Deutsche Presse-Agentur', 'د ب أ', 'وكالة الأنباء الألمانية'] },
  // EFE's Arabic service signs its copy "(إفي)", and its services for the environment, farming and travel their own
  // ("EFEverde", "EFEAgro", "EFEtur"), as does its Central American service, run with a Panamanian partner ("San
  // José, 3 dic (ACAN-EFE).-").
  { name: 'EFE', spellings: ['EFE', 'Agencia EFE', 'إفي', 'إيفي', 'EFEverde', 'EFEAgro', 'EFEtur', 'ACAN-EFE'] },
  { name: 'Europa Press', spellings: ['Europa Press'] },
  // Spain's other agencies: Vocento's papers run their own agency's copy as "Madrid (COLPISA) -", and Servimedia's
  // is credited the same way.
  { name: 'Colpisa', spellings: ['Colpisa'] },
  { name: 'Servimedia', spellings: ['Servimedia'] },
  // Catalonia's public agency, whose copy the Catalan papers credit "Redacció / ACN" or "Girona (ACN).-".
  { name: 'ACN', spellings: ['ACN', 'Agència Catalana de Notícies'] },
  // Italy's other agencies, credited as ANSA is ("Roma, 3 dic. (Adnkronos) -", "(AGI) -", "(askanews) -", "(DIRE)").
  // "Dire" is also the verb "to say", and counts only in capitals.
  { name: 'ANSA', spellings: ['ANSA', 'أنسا'] },
  { name: 'Adnkronos', spellings: ['Adnkronos'] },
  { name: 'AGI', spellings: ['AGI', 'Agenzia Italia'] },
  { name: 'askanews', spellings: ['askanews'] },
  { name: 'LaPresse', spellings: ['LaPresse'] },
  { name: 'DIRE', spellings: ['DIRE', 'Agenzia Dire'] },
  { name: 'APA', spellings: ['APA'] },
  { name: 'AAP', spellings: ['AAP', 'Australian Associated Press'] },
  // New Zealand's public broadcaster, whose copy the country's papers and portals run under its name, as a byline
  // ("RNZ") and as the closing credit ("- RNZ"), as Australian ones run AAP's.
  { name: 'RNZ', spellings: ['RNZ', 'Radio New Zealand'] },
  { name: 'KNA', spellings: ['KNA'] },
  { name: 'epd', spellings: ['epd'] },
  // Rule "the sports agency": German papers and sports portals run the sports agency's copy under its initials, as
  // the whole byline ("SID") and in the dateline ("Abu Dhabi (SID) - …"), as they run dpa's, and name it beside dpa
  // on a labelled source line ("Quelle: sid/dpa"); elsewhere, as the other short initials, only in capitals.
  { name: 'SID', spellings: ['SID', 'Sport-Informations-Dienst'] },
  // The Swiss agency goes by its German initials in German and its French ones (ATS) in French.
  { name: 'SDA', spellings: ['SDA', 'Keystone-SDA', 'ATS', 'Keystone-ATS'] },
  // Arabic papers run the foreign agencies' copy under their names in Arabic letters, as they do the big three's: UPI
  // ("(يو بي آي)"), TASS ("موسكو - (تاس)"), RIA Novosti, Interfax, Kyodo, Yonhap, Bernama, ANSA, and EFE in the
  // spelling with a long vowel ("إيفي") beside its service's own ("إفي"). "تاس" counts, as every spelling here, only as
  // the whole of a credit.
  { name: 'UPI', spellings: ['UPI', 'United Press International', 'يو بي آي', 'يونايتد برس إنترناشونال'] },
  // The British and Irish agency, which Irish and British papers credit by its initials ("Additional reporting by
  // PA", "- PA"); as the other short initials, they count only in capitals.
  { name: 'PA', spellings: ['PA', 'PA Media', 'Press Association'] },
  // The Indian agencies, which Hindi papers credit in Devanagari ("(आईएएनएस)", "-पीटीआई") and the papers of the
  // other Indian languages in their own scripts (Marathi "पीटीआय", Bengali "পিটিআই", Tamil "பிடிஐ", Telugu "పీటీఐ",
  // Kannada "ಪಿಟಿಐ", Malayalam "പിടിഐ").
  // PTI's Hindi service is named "language" ("(भाषा)"), which counts, as every spelling here, only as a whole credit.
  // Rule "India's agencies in every script": Gujarati ("પીટીઆઈ", "યુએનઆઈ"), Punjabi ("ਪੀਟੀਆਈ") and Odia ("ପିଟିଆଇ")
  // papers credit them as the others do; Assamese shares Bengali's letters but writes the English "s" as "ছ"
  // ("(আইএএনএছ)" for IANS). Tamil papers spell IANS as they spell PTI, letter by letter ("ஐஏஎன்எஸ்").
  { name: 'PTI', spellings: ['PTI', 'Press Trust of India', 'पीटीआई', 'भाषा', 'पीटीआय', 'পিটিআই', 'பிடிஐ', 'పీటీఐ', 'ಪಿಟಿಐ', 'പിടിഐ', 'પીટીઆઈ', 'ਪੀਟੀਆਈ', 'ପିଟିଆଇ'] },
  { name: 'ANI', spellings: ['ANI', 'Asian News International', 'एएनआई', 'এএনআই', 'એએનઆઈ', 'ਏਐਨਆਈ'] },
  { name: 'UNI', spellings: ['UNI', 'United News of India', 'यूएनआई', 'ইউএনআই', 'યુએનઆઈ', 'ਯੂਐਨਆਈ'] },
  // Bangladesh's national agency, Bangladesh Sangbad Sangstha, which Bengali papers credit as "(বাসস)", and Nepal's,
  // Rastriya Samachar Samiti, credited in Nepali as "(रासस)". "RSS" in Latin letters is also the feed link every
  // page prints, so that agency counts only in its full name or its Nepali initials, and its Latin initials only in
  // a dateline's bracket (see NEPAL_AGENCY_DATELINE).
  { name: 'BSS', spellings: ['BSS', 'Bangladesh Sangbad Sangstha', 'বাসস', 'বাংলাদেশ সংবাদ সংস্থা'] },
  { name: 'RSS', spellings: ['Rastriya Samachar Samiti', 'Rashtriya Samachar Samiti', 'रासस', 'राष्ट्रिय समाचार समिति'] },
  // Bangladesh's private agency, United News of Bangladesh, which Bengali papers credit as "(ইউএনবি)" in their datelines.
  { name: 'UNB', spellings: ['UNB', 'United News of Bangladesh', 'ইউএনবি'] },
  // Sri Lanka's national agency, the News Agency of Sri Lanka, known by its Sinhala name in English too.
  { name: 'Lankapuvath', spellings: ['Lankapuvath', 'Lanka Puvath', 'ලංකාපුවත්'] },
  // Rule "agencies in the overseas Chinese press": Chinese-language papers abroad credit the agencies of the country
  // they print in by the Chinese names those agencies are known by there: Canada's as "加通社", Malaysia's as "马新社"
  // ("馬新社" in traditional characters), as they credit Xinhua and CNA.
  { name: 'Canadian Press', spellings: ['The Canadian Press', 'Canadian Press', 'La Presse Canadienne', 'La Presse canadienne', '加通社'] },
  // Quebecor's agency, which Quebec stations and papers set as the whole byline ("Agence QMI"); its initials alone
  // are no English or French word.
  { name: 'QMI', spellings: ['Agence QMI', 'QMI'] },
  { name: 'IANS', spellings: ['IANS', 'आईएएनएस', 'আইএএনএস', 'আইএএনএছ', 'આઈએએનએસ', 'ਆਈਏਐਨਐਸ', 'ஐஏஎன்எஸ்'] },
  // Pakistani papers credit their national agency by its initials ("APP", "— APP"), which are the English word "app"
  // in lower case: as the other short initials, they count only in capitals.
  { name: 'APP', spellings: ['APP', 'Associated Press of Pakistan', 'اے پی پی'] },
  // Pakistan's private agencies, credited as APP is ("اسلام آباد (پی پی آئی)"), and Afghanistan's: Pajhwok's and
  // Bakhtar's names are also words in Persian and Dari ("echo", "west"), so only their names as agencies count.
  { name: 'PPI', spellings: ['PPI', 'Pakistan Press International', 'پی پی آئی'] },
  { name: 'Pajhwok', spellings: ['Pajhwok', 'Pajhwok Afghan News', 'پژواک افغان نیوز', 'خبرگزاری پژواک', 'آژانس خبری پژواک'] },
  { name: 'Bakhtar', spellings: ['Bakhtar News Agency', 'آژانس باختر', 'آژانس اطلاعاتی باختر', 'خبرگزاری باختر', 'د باختر آژانس'] },
  { name: 'Kyodo', spellings: ['Kyodo', 'Kyodo News', '共同', '共同通信', 'كيودو'] },
  { name: 'Jiji', spellings: ['Jiji Press', '時事', '時事通信', '時事通信社'] },
  // Japanese papers call Yonhap "聯合ニュース", "聯合" for short in the bracket that opens its copy ("【ソウル聯合＝共同】").
  { name: 'Yonhap', spellings: ['Yonhap', '연합뉴스', '韓聯社', '韩联社', '聯合ニュース', '聯合', 'يونهاب'] },
  { name: 'Newsis', spellings: ['Newsis', '뉴시스'] },
  { name: 'News1', spellings: ['News1', 'News 1', '뉴스1'] },
  // Vietnam's agency is credited by its Vietnamese initials ("Theo TTXVN") in Vietnamese, its English ones in English.
  { name: 'VNA', spellings: ['VNA', 'TTXVN', 'Vietnam News Agency', 'Thông tấn xã Việt Nam'] },
  { name: 'PNA', spellings: ['PNA', 'Philippine News Agency'] },
  // Rule "the government's information agency": the Philippine Information Agency files the provinces' news to the
  // papers and the provincial offices' sites as the national agency does, in the same dateline ("TAGBILARAN CITY, Dec.
  // 4 (PIA) –") and at the foot with its regional office ("(PIA-7/Bohol)", "Source: Philippine Information Agency").
  { name: 'PIA', spellings: ['PIA', 'Philippine Information Agency'] },
  // Nigeria's agency, credited as "(NAN)" at a story's end; "Nan" is also a given name, so only capitals count.
  { name: 'NAN', spellings: ['NAN', 'News Agency of Nigeria'] },
  // Rule "Malaysia's agency in its Tamil papers": Malaysia's Tamil dailies credit Bernama in their own script as its
  // Malay, Chinese and Jawi readers' papers do ("ஜார்ஜ்டவுன், டிச. 6 (பெர்னாமா) --", "-- பெர்னாமா").
  { name: 'Bernama', spellings: ['Bernama', 'برناما', '马新社', '馬新社', 'பெர்னாமா'] },
  // Africa's national and continental agencies, credited as NAN is: Ghana's at the dateline or the foot ("Source:
  // GNA"), the African News Agency at the foot of South African papers' copy ("African News Agency (ANA)"), Ethiopia's
  // in the dateline by its Amharic initials ("አዲስ አበባ፣ ኅዳር 24/2019 (ኢዜአ)፦"). Their initials count only in capitals.
  { name: 'GNA', spellings: ['GNA', 'Ghana News Agency'] },
  { name: 'ANA', spellings: ['ANA', 'African News Agency', 'African News Agency (ANA)'] },
  { name: 'ENA', spellings: ['ENA', 'Ethiopian News Agency', 'ኢዜአ'] },
  // Somalia's national agency, credited in the dateline ("Muqdisho (SONNA) –") by Somali and English copy alike.
  { name: 'SONNA', spellings: ['SONNA', 'Somali National News Agency'] },
  // The Caribbean's regional agency, the Caribbean Media Corporation, whose copy the region's papers run credited in
  // the dateline ("PORT OF SPAIN, Trinidad, Dec 5 (CMC) —"), and the governments' information services whose releases
  // the region's portals run as they come, opened by their initials ("(GINA) —", "(JIS):"): Guyana's and Jamaica's.
  // The Pacific's regional service, PACNEWS, is credited the same way. Their initials count only in capitals ("Gina"
  // is a given name).
  { name: 'CMC', spellings: ['CMC', 'Caribbean Media Corporation'] },
  { name: 'GINA', spellings: ['GINA', 'Government Information Agency'] },
  { name: 'JIS', spellings: ['JIS', 'Jamaica Information Service'] },
  { name: 'PACNEWS', spellings: ['PACNEWS'] },
  { name: 'Antara', spellings: ['ANTARA', 'Antara News'] },
  // Xinhua also in Persian and Urdu letters, and in Uyghur's ("شىنخۇا"). Rule "agency's website": portals credit
  // Xinhua's copy to the agency's website, as they do China News Service's ("来源：新华网", an author field of "新华网").
  { name: 'Xinhua', spellings: ['Xinhua', 'شينخوا', 'شینهوا', 'شنہوا', 'شىنخۇا', '新华社', '新華社', '新华网', '新華網'] },
  // China News Service's copy runs on portals under its website's name too: "中新网北京12月3日电", source "中国新闻网".
  { name: 'China News Service', spellings: ['China News Service', '中新社', '中國新聞社', '中国新闻社', '中新网', '中新網', '中国新闻网', '中國新聞網'] },
  { name: 'CNA', spellings: ['Central News Agency', '中央社'] },
  { name: 'TASS', spellings: ['TASS', 'ТАСС', 'تاس'] },
  { name: 'Interfax', spellings: ['Interfax', 'Интерфакс', 'Інтерфакс', 'إنترفاكس'], caseForms: [...declined('Интерфакс', RUSSIAN_MASCULINE_ENDINGS), ...declined('Інтерфакс', UKRAINIAN_MASCULINE_ENDINGS)],
    regionalServices: true },
  { name: 'RIA Novosti', spellings: ['RIA Novosti', 'РИА Новости', 'ريا نوفوستي', 'نوفوستي'], caseForms: declined('РИА Новост', ['ей', 'ям', 'ями', 'ях']) },
  // Russia's agency for foreign audiences, which Arabic papers credit in its Arabic service's name ("المصدر: سبوتنيك").
  { name: 'Sputnik', spellings: ['Sputnik', 'سبوتنيك'] },
  // Belarus's national agency, credited in Russian and Belarusian alike by its short name, in mixed case or capitals
  // ("Источник: БЕЛТА", "паведамляе БелТА"); the name is no word of either language.
  { name: 'BelTA', spellings: ['BelTA', 'БелТА', 'БЕЛТА'] },
  { name: 'Ukrinform', spellings: ['Ukrinform', 'Укрінформ', 'Укринформ'], caseForms: [...declined('Укрінформ', UKRAINIAN_MASCULINE_ENDINGS), ...declined('Укринформ', RUSSIAN_MASCULINE_ENDINGS)] },
  { name: 'IRNA', spellings: ['IRNA', 'ایرنا', 'إرنا'] },
  // Iran's other agencies, whose copy Persian sites run "به نقل از ایسنا" ("quoting ISNA"). Fars and Mehr count only
  // with the word "agency", as "فارس" is also the province and "مهر" a month (see rule "agency noun").
  { name: 'ISNA', spellings: ['ISNA', 'ایسنا'] },
  { name: 'Tasnim', spellings: ['Tasnim', 'تسنیم'] },
  { name: 'Fars', spellings: ['Fars News Agency', 'خبرگزاری فارس'] },
  { name: 'Mehr', spellings: ['Mehr News Agency', 'خبرگزاری مهر'] },
  { name: 'ANA-MPA', spellings: ['ANA-MPA', 'ΑΠΕ-ΜΠΕ'] },
  // Rule "Cyprus's agency": the Cyprus News Agency, whose copy Greek Cypriot portals credit by its Greek initials
  // ("ΚΥΠΕ", in the byline's place or as "Πηγή: ΚΥΠΕ"), under its English initials as ANA-MPA's are. The Latin "CNA"
  // is no spelling of it, being Taiwan's Central News Agency's and a broadcaster's too.
  { name: 'CNA', spellings: ['ΚΥΠΕ', 'Cyprus News Agency'] },
  { name: 'Anadolu', spellings: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu', 'AA', 'الأناضول', 'الاناضول'] },
  // Turkey's next two agencies after Anadolu ("Kaynak: İHA", "(DHA)").
  { name: 'İHA', spellings: ['İHA', 'IHA', 'İhlas Haber Ajansı'] },
  { name: 'DHA', spellings: ['DHA', 'Demirören Haber Ajansı', 'Doğan Haber Ajansı'] },
  // Rule "Kurdish agencies": the agency of Syria's Kurdish north-east, whose copy Kurmanji, Sorani and Arabic portals
  // of the region run closed by "(ANHA)" or credited by its name in Kurmanji or Arabic.
  { name: 'ANHA', spellings: ['ANHA', 'Hawar News Agency', 'Ajansa Nûçeyan a Hawarê', 'وكالة هاوار'] },
  { name: 'ANP', spellings: ['ANP'] },
  { name: 'Belga', spellings: ['Belga'] },
  { name: 'CTK', spellings: ['ČTK', 'CTK'] },
  // The Polish agency's markets service closes its copy "(PAP Biznes)".
  { name: 'PAP', spellings: ['PAP', 'PAP Biznes'], caseForms: declined('PAP-', ['u', 'owi', 'em']) },
  // Polish Radio's agency, credited as PAP is ("Źródło: IAR").
  { name: 'IAR', spellings: ['IAR', 'Informacyjna Agencja Radiowa'] },
  { name: 'Lusa', spellings: ['Lusa', 'Agência Lusa'] },
  // Brazil's agencies: the public one, and the copy services of the São Paulo dailies, whose stories regional papers
  // run under "(FOLHAPRESS)" or close with "Estadão Conteúdo" on a line of its own.
  { name: 'Agência Brasil', spellings: ['Agência Brasil', 'Agencia Brasil'] },
  { name: 'Folhapress', spellings: ['Folhapress'] },
  { name: 'Estadão Conteúdo', spellings: ['Estadão Conteúdo', 'Estadao Conteudo'] },
  { name: 'Télam', spellings: ['Télam', 'Telam'] },
  { name: 'Notimex', spellings: ['Notimex'] },
  // The Spanish-speaking Americas' national agencies, whose copy the region's papers run under the agency's dateline
  // ("La Habana, 3 dic (Prensa Latina)", "Arequipa, dic. 3 (ANDINA).") and close with its initials ("(PL)"): Cuba's,
  // Peru's and Bolivia's. "PL" and "ABI" count only in capitals, as the other short initials do.
  { name: 'Prensa Latina', spellings: ['Prensa Latina', 'PL'] },
  { name: 'Andina', spellings: ['Andina', 'Agencia Andina', 'Agencia Peruana de Noticias Andina'] },
  { name: 'ABI', spellings: ['ABI', 'Agencia Boliviana de Información'] },
  // Rule "Colombia's agency": Colprensa, the agency Colombia's regional dailies share, whose copy they run credited to
  // it alone, in the byline and as the JSON-LD author, as the papers of the south run Andina's or Télam's.
  { name: 'Colprensa', spellings: ['Colprensa'] },
  // The national agencies of Central and Eastern Europe, credited as the others are ("Forrás: MTI", "(STA) -", "Izvor: HINA").
  { name: 'MTI', spellings: ['MTI', 'Magyar Távirati Iroda'] },
  { name: 'TASR', spellings: ['TASR'] },
  // The region's private agencies, whose copy local papers run under the agency's name as often as the national
  // one's: Slovakia's SITA ("Zdroj: SITA"), Serbia's Beta and FoNet ("Izvor: Beta", "Izvor: FoNet"), and Romania's
  // Mediafax and News.ro ("Sursa: MEDIAFAX"). "Sita" is a given name and "Beta" a word ("Docker Desktop (Beta)"):
  // written so they count only after a source label, as the other short initials do.
  { name: 'SITA', spellings: ['SITA', 'Slovenská tlačová agentúra SITA'] },
  { name: 'BETA', spellings: ['BETA', 'Beta', 'Бета'] },
  { name: 'FoNet', spellings: ['FoNet', 'Фонет'] },
  { name: 'Mediafax', spellings: ['Mediafax'] },
  { name: 'News.ro', spellings: ['News.ro'] },
  { name: 'STA', spellings: ['STA', 'Slovenska tiskovna agencija'] },
  { name: 'HINA', spellings: ['HINA', 'Hrvatska izvještajna novinska agencija'] },
  // Serbian is written in both scripts, and Cyrillic sites credit the agency in Cyrillic ("Извор: Танјуг").
  { name: 'Tanjug', spellings: ['Tanjug', 'Танјуг'], caseForms: [...declined('Tanjug', ['a', 'u', 'om']), ...declined('Танјуг', ['а', 'у', 'ом'])] },
  { name: 'BTA', spellings: ['BTA', 'БТА'] },
  // The Balkans' other national agencies: Macedonia's, credited in Cyrillic ("Извор: МИА"), Bosnia's, which closes its
  // copy "(Fena)", and Albania's ("Burimi: ATA"), whose Albanian initials head its copy in Albanian ("Tiranë, 5
  // dhjetor /ATSH/ -"). "Mia" is a given name and "ata" a word: their initials count only in capitals.
  { name: 'MIA', spellings: ['MIA', 'МИА'] },
  { name: 'Fena', spellings: ['FENA', 'Fena'] },
  { name: 'ATA', spellings: ['ATA', 'ATSH', 'Agjencia Telegrafike Shqiptare'] },
  // Moldova's national agency, whose copy Moldovan papers run under its dateline ("Chișinău, 5 decembrie /MOLDPRES/."),
  // and its private ones, Info-Prim Neo and Infotag, whose copy they close with a source line ("Sursa: IPN").
  { name: 'Moldpres', spellings: ['Moldpres'] },
  { name: 'IPN', spellings: ['IPN', 'Info-Prim Neo'] },
  { name: 'Infotag', spellings: ['Infotag', 'Инфотаг'] },
  // The region's other agencies whose credits close or head local copy: Kosovo's KosovaPress, Republika Srpska's SRNA
  // ("Izvor: SRNA"), Montenegro's MINA and Bulgaria's private BGNES. "Srna" (a doe) and "Mina" are a word and a given
  // name: their initials count only in capitals.
  { name: 'KosovaPress', spellings: ['KosovaPress', 'Kosovapress'] },
  { name: 'SRNA', spellings: ['SRNA', 'СРНА'] },
  { name: 'MINA', spellings: ['MINA'] },
  { name: 'BGNES', spellings: ['BGNES', 'БГНЕС'] },
  // The Caucasus' and Central Asia's agencies, which their countries' papers credit in the dateline or at the foot, in
  // the paper's language or the agency's Latin name: Azerbaijan's Trend ("БАКУ, 3 декабря /Trend/ –") and its state
  // agency AZƏRTAC ("Gəncə, 5 dekabr, AZƏRTAC", in Russian "АЗЕРТАДЖ"), Armenia's
  // Armenpress, Georgia's Interpressnews, Uzbekistan's national agency ("Манба: ЎзА", "O‘zA"), Kazakhstan's Kazinform
  // (in Kazakh "ҚазАқпарат", "АСТАНА. KAZINFORM –"), Kyrgyzstan's Kabar ("/Кабар/"), Tajikistan's Khovar, which
  // its papers credit with its title, the national information agency ("/АМИТ «Ховар»/"), and Mongolia's Montsame
  // ("Улаанбаатар (МОНЦАМЭ)"). "Кабар" is also the Kyrgyz word for news: like every spelling here it counts only as
  // the whole of a credit.
  { name: 'Trend', spellings: ['Trend', 'Trend News Agency'] },
  // Azerbaijan's Report agency, credited as the lead's reporter ("…, Report xəbər verir."); an English word too, so
  // like "Trend" it counts only as the whole of a credit.
  { name: 'Report', spellings: ['Report'] },
  { name: 'AZERTAC', spellings: ['AZERTAC', 'AZƏRTAC', 'АЗЕРТАДЖ'] },
  { name: 'Armenpress', spellings: ['Armenpress', 'Արմենպրես', 'Арменпресс'] },
  { name: 'Interpressnews', spellings: ['Interpressnews', 'ინტერპრესნიუსი', 'Интерпрессньюс'] },
  { name: 'UzA', spellings: ['UzA', 'ЎзА', 'УзА', 'O‘zA', "O'zA", 'OʻzA'] },
  { name: 'Kazinform', spellings: ['Kazinform', 'Казинформ', 'ҚазАқпарат', 'Qazaqparat'] },
  { name: 'Kabar', spellings: ['Kabar', 'Кабар'] },
  { name: 'Khovar', spellings: ['Khovar', 'Ховар', 'АМИТ «Ховар»', 'АМИТ "Ховар"'] },
  { name: 'Montsame', spellings: ['Montsame', 'МОНЦАМЭ', 'Монцамэ'] },
  { name: 'Agerpres', spellings: ['Agerpres'] },
  { name: 'UNIAN', spellings: ['UNIAN', 'УНІАН'] },
  { name: 'LETA', spellings: ['LETA'] },
  { name: 'ELTA', spellings: ['ELTA'] },
  { name: 'BNS', spellings: ['BNS', 'Baltic News Service'] },
  // The Nordic agencies, credited after the writer as the others are ("Av Ola Nordmann, NTB", "Erik Berg/TT").
  // Finland's agency credits its Swedish-language copy by its Swedish initials, FNB (Finska notisbyrån), as Finnish
  // copy is credited STT: Finland-Swedish papers print "FNB" alone where the byline would be.
  { name: 'NTB', spellings: ['NTB'] },
  { name: 'TT', spellings: ['TT', 'TT Nyhetsbyrån'] },
  { name: 'Ritzau', spellings: ['Ritzau'] },
  { name: 'STT', spellings: ['STT'] },
  { name: 'FNB', spellings: ['FNB'] },
  // The national agencies of the Arab world, by their initials and their full names, which a story gives before the
  // initials in brackets when it cites them ("وكالة أنباء الإمارات (وام)"). Several short Arabic names are also
  // ordinary words ("بنا" "with us", "وال" "a governor", "سبأ" Sheba, "العمانية" "the Omani"): like every spelling
  // here they count only as the whole of a credit (a dateline's agency part, a bracket, a source line), never inside a
  // sentence. Their Latin initials that are also given names ("Lana", "Suna", "Ina") count only in capitals.
  { name: 'KUNA', spellings: ['KUNA', 'Kuwait News Agency', 'كونا', 'وكالة الأنباء الكويتية'] },
  { name: 'WAM', spellings: ['WAM', 'Emirates News Agency', 'وام', 'وكالة أنباء الإمارات'] },
  { name: 'SPA', spellings: ['SPA', 'Saudi Press Agency', 'واس', 'وكالة الأنباء السعودية'] },
  { name: 'MENA', spellings: ['MENA', 'Middle East News Agency', 'أ ش أ', 'ا ش ا', 'وكالة أنباء الشرق الأوسط'] },
  { name: 'QNA', spellings: ['QNA', 'Qatar News Agency', 'قنا', 'وكالة الأنباء القطرية'] },
  { name: 'BNA', spellings: ['BNA', 'Bahrain News Agency', 'بنا', 'وكالة أنباء البحرين'] },
  // Oman's agency credits itself as "the Omani (agency)", set between slashes in its datelines ("مسقط في 1 ديسمبر /العمانية/").
  { name: 'ONA', spellings: ['ONA', 'Oman News Agency', 'العمانية', 'وكالة الأنباء العمانية'] },
  { name: 'Saba', spellings: ['Saba News Agency', 'سبأ', 'وكالة الأنباء اليمنية'] },
  { name: 'SANA', spellings: ['SANA', 'Syrian Arab News Agency', 'سانا', 'الوكالة العربية السورية للأنباء'] },
  // "Petra" alone is also a given name, so only the agency's full English name is read in Latin letters.
  { name: 'Petra', spellings: ['Jordan News Agency', 'بترا', 'وكالة الأنباء الأردنية'] },
  // Lebanon's agency calls itself by its adjective, "وطنية" ("national"), and opens its copy with it before a dash
  // ("وطنية - افتتح …"), as the portals that run the copy keep it.
  { name: 'NNA', spellings: ['NNA', 'National News Agency', 'الوكالة الوطنية للإعلام', 'وطنية'] },
  { name: 'INA', spellings: ['INA', 'Iraqi News Agency', 'واع', 'وكالة الأنباء العراقية'] },
  // Palestine's agency dates its dateline by numbers ("رام الله 3-12-2026 وفا-").
  { name: 'WAFA', spellings: ['WAFA', 'وفا', 'وكالة الأنباء والمعلومات الفلسطينية'] },
  { name: 'SUNA', spellings: ['SUNA', 'Sudan News Agency', 'سونا', 'وكالة السودان للأنباء'] },
  { name: 'LANA', spellings: ['LANA', 'Libya News Agency', 'وال', 'وكالة الأنباء الليبية'] },
  // The Maghreb agencies, credited by their Arabic initials at the end of a story: Algeria's "(وأج)", Tunisia's
  // "(وات)", Morocco's "(و م ع)"; and by their Arabic names in a source line ("المصدر: وكالة الأنباء الجزائرية"),
  // Algeria's, Tunisia's "وكالة تونس إفريقيا للأنباء" (Tunis Afrique Presse) and Morocco's "وكالة المغرب العربي للأنباء".
  // Senegal's agency, the Agence de Presse Sénégalaise, has the same initials ("Kaolack, 4 déc (APS) –").
  { name: 'APS', spellings: ['APS', 'Algérie Presse Service', 'Agence de Presse Sénégalaise', 'وأج', 'وكالة الأنباء الجزائرية'] },
  { name: 'TAP', spellings: ['TAP', 'Tunis Afrique Presse', 'وات', 'وكالة تونس إفريقيا للأنباء'] },
  { name: 'MAP', spellings: ['MAP', 'Maghreb Arabe Presse', 'و م ع', 'لاماب', 'وكالة المغرب العربي للأنباء'] },
  // Rule "Mauritania's agency": the Agence Mauritanienne d'Information, whose copy Nouakchott's papers run in French
  // under its initials ("Nouakchott, 06 déc (AMI) -") and in Arabic under its name or its Arabic initials ("(ومأ)").
  // "ami" is also the French for a friend: as the other short initials, "AMI" counts only in capitals.
  { name: 'AMI', spellings: ['AMI', "Agence Mauritanienne d'Information", 'ومأ', 'الوكالة الموريتانية للأنباء'] },
  // West and Central Africa's French-language agencies, credited in the dateline of the copy their countries' papers
  // run ("Bouaké, 03 déc 2026 (AIP) –", "Kinshasa, 03 décembre 2026 (ACP).-"): Côte d'Ivoire's and the Congo's.
  { name: 'AIP', spellings: ['AIP', 'Agence Ivoirienne de Presse'] },
  { name: 'ACP', spellings: ['ACP', 'Agence Congolaise de Presse'] },
  // Rule "the region's other national agencies": the other French-speaking states of West and Central Africa and
  // Madagascar run national agencies whose copy their papers credit the same way ("Libreville, 4 décembre (AGP) –",
  // "Lomé, 5 déc. (ATOP) –"): Gabon's and Guinea's AGP, Togo's ATOP, Benin's ABP, Burkina Faso's AIB, Mali's AMAP and
  // Madagascar's ANTA (Taratra). Their initials count only in capitals, as the other short initials do.
  { name: 'AGP', spellings: ['AGP', 'Agence Gabonaise de Presse', 'Agence Guinéenne de Presse'] },
  { name: 'ATOP', spellings: ['ATOP', 'Agence Togolaise de Presse'] },
  { name: 'ABP', spellings: ['ABP', 'Agence Bénin Presse'] },
  { name: 'AIB', spellings: ['AIB', "Agence d'Information du Burkina"] },
  { name: 'AMAP', spellings: ['AMAP', 'Agence Malienne de Presse et de Publicité'] },
  { name: 'ANTA', spellings: ['ANTA', "Agence Nationale d'Information Taratra"] },
  // Rule "Portuguese-speaking Africa's agencies": Angola's and Mozambique's national agencies, whose copy their
  // countries' papers run as it comes, under a source line or the agency's initials ("Fonte: ANGOP", "Maputo, 4 Dez
  // (AIM)").
  { name: 'ANGOP', spellings: ['ANGOP', 'Angop', 'Agência Angola Press'] },
  { name: 'AIM', spellings: ['AIM', 'Agência de Informação de Moçambique'] },
];

const ARABIC_LETTER = /[\u0600-\u06FF]/;
/**
 * A hyphen and a region of one or two capitalised words after an agency's name ("-Урал", "-Северо-Запад"), or in
 * capitals as the agency's head prints it ("ИНТЕРФАКС-УРАЛ", "INTERFAX-SIBERIA").
 */
const REGIONAL_SERVICE = /-(?:\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?)$/u;
/**
 * Rule "agency credited by its website": Interfax credits the copy its sites publish with the site's address in
 * capitals ("INTERFAX.RU", "INTERFAX-SIBERIA.RU", "INTERFAX.KZ"); the address names the agency whose name it is.
 */
const AGENCY_SITE_DOMAIN = /(?<=\p{L})\.(?:ru|ua|by|kz|com)$/iu;

/**
 * Arabic agency initials appear as "أ ف ب", "أ.ف.ب", "ا ف ب" and "أف ب"; all spell the same thing. Rule "legacy yeh
 * and kaf": a Persian or Urdu page served in windows-1256, which has no Persian yeh, or typed on an Arabic keyboard,
 * writes the Arabic yeh and kaf for them ("به گزارش ايرنا،", "ايسنا"), and an Arabic one typed on a Persian keyboard
 * the reverse; either letter spells the agency's name.
 */
function spellingPattern(spelling: string): string {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!ARABIC_LETTER.test(spelling)) return escaped.replace(/[\s-]+/g, '[\\s-]+');
  return escaped.replace(/[أإآا]/g, '[أإآا]').replace(/[يی]/g, '[يی]').replace(/[كک]/g, '[كک]').replace(/ /g, '[\\s.]*');
}

const agencyForms = (agency: Agency) => [...agency.spellings, ...agency.caseForms ?? []].map(spellingPattern).join('|');
const AGENCY_MATCHERS = AGENCIES.map((agency) => ({
  name: agency.name,
  exact: new RegExp(`^(?:${agencyForms(agency)})\\.?$`, 'iu'),
  regionalServices: agency.regionalServices === true,
}));
/**
 * Every agency's pattern in one: a text it does not match names no agency, and most texts asked about (names, places,
 * roles) are rejected by one search instead of one for each agency.
 */
const ANY_AGENCY = new RegExp(`^(?:${AGENCIES.map(agencyForms).join('|')})\\.?$`, 'iu');
/**
 * The words a credit line names its source with ("Quelle: dpa", "Fuente: EFE", "Источник: ТАСС", "来源：新华社",
 * "المصدر: رويترز", Vietnamese "Theo Reuters", "according to", Hungarian "Forrás: MTI", Greek "Πηγή: ΑΠΕ-ΜΠΕ", which
 * capitals write without its accent, Serbian "Izvor:" in either script, "Извор:"), as a pattern fragment: the credit
 * readers here and in the body's source-credit split share it.
 */
export const SOURCE_LABEL_WORDS = [
  'source', 'quelle', 'fuente', 'fonte', 'źródło', 'bron', 'zdroj', 'kaynak', 'sumber', 'nguồn', 'theo', 'источник', 'المصدر', 'منبع', 'מקור', 'स्रोत', '来源', '來源', '出典', '출처',
  'forrás', 'πηγή', 'πηγη', 'källa', 'kilde', 'lähde', 'sursa', 'sursă', 'izvor', 'извор', 'джерело', 'източник',
  // Albanian "Burimi:", Azerbaijani "Mənbə:", Uzbek "Manba:" / "Манба:", Tajik "Манбаъ:", Kazakh "Дереккөз:", Kyrgyz
  // "Булак:", Mongolian "Эх сурвалж:", Georgian "წყარო:", Armenian "Աղբյուր՝" (with the Armenian comma).
  'burimi', 'mənbə', 'manba', 'манба', 'манбаъ', 'дереккөз', 'булак', 'эх сурвалж', 'წყარო', 'աղբյուր',
  // Uyghur "مەنبە:", Sorani "سەرچاوە:", Pashto "سرچینه:". Rule "Kurmanji source": Kurmanji portals label it
  // "Çavkanî:" (source), as Turkish ones "Kaynak:".
  'مەنبە', 'سەرچاوە', 'سرچینه', 'çavkanî',
  // Japanese portals that run agency copy name the agency as its "provider" or "distributor" ("提供元：ロイター").
  '提供元', '配信元',
  // The Baltic and Icelandic words: Estonian "Allikas: BNS", Latvian "Avots: LETA", Lithuanian "Šaltinis: ELTA",
  // Icelandic "Heimild:"; and Slovenian "Vir: STA".
  'allikas', 'avots', 'šaltinis', 'heimild', 'vir',
  // Hindi papers close a story written from agency copy with the agency as its "input" ("(इनपुट: भाषा)", "इनपुट -
  // आईएएनएस"), and Bengali ones name theirs as the "source" ("সূত্র: বাসস").
  'इनपुट', 'সূত্র',
  // Arabic portals label the line "source of the news" ("مصدر الخبر: وكالة الأنباء الأردنية") as often as "المصدر".
  'مصدر\\s+الخبر',
];
export const SOURCE_LABEL = `(?:${SOURCE_LABEL_WORDS.join('|')})`;
const SOURCE_LABEL_PREFIX = new RegExp(`^${SOURCE_LABEL}\\s*:?\\s*`, 'iu');

/**
 * The phrases a credit puts before the agencies it names, each spelt from a letter (line readers test a line's first
 * character first), and the pattern fragment of any: "mit", "(Avec", "with reporting from", "Additional reporting
 * by", "Mit Material von", "con información de", "com informações da", Ukrainian "За матеріалами" and Russian "По
 * материалам" ("based on the material of", the agency then in the genitive: "За матеріалами Укрінформу"), and Indian
 * papers' "(With inputs from PTI)". Shared with the body's source-credit split.
 */
export const CREDIT_LEAD_INS = [
  'за матеріалами', 'по материалам', 'mit(?: Material (?:von|der|des))?', 'with(?: (?:additional )?reporting (?:from|by)| files from| inputs from)?',
  'additional reporting (?:from|by)', 'con(?: informaci[oó]n de(?: la agencia)?)?', 'avec(?: la contribution de)?', 'com(?: informa[cç][oõ]es d[aeo]s?)?',
];
export const CREDIT_LEAD_IN = `(?:${CREDIT_LEAD_INS.join('|')})`;
export const CREDIT_LEAD_IN_PREFIX = new RegExp(`^${CREDIT_LEAD_IN}\\s+`, 'iu');

/**
 * Rule "agency noun": Persian, Hebrew and Arabic name an agency after the word "agency" ("خبرگزاری تسنیم", "סוכנות
 * AP", "סוכנות הידיעות רויטרס", "وكالة رويترز"), as English writes "the Reuters agency"; the name after the noun is
 * the agency.
 */
const AGENCY_NOUN = /^(?:خبرگزاری|סוכנות(?:\s+הידיעות)?|وكالة(?:\s+(?:أنباء|الأنباء))?)\s+/u;
/**
 * Rule "agency for news": Arabic names an agency "the X agency for news" as often as "the X agency" ("وكالة الأناضول
 * للأنباء", "وكالة شينخوا للأنباء"); after the noun, the words "for news" that close the name add nothing to it.
 */
const FOR_NEWS = /\s+لل[أا]نباء$/u;
function withoutAgencyNoun(text: string): string {
  const bare = text.replace(AGENCY_NOUN, '');
  return bare === text ? text : bare.replace(FOR_NEWS, '');
}

/**
 * Short Latin initials like "AP" or "PA" are real words in some languages; they count only in capitals. Rule
 * "labelled initials": after a source label they may be written as a word, as Croatian papers credit their agency
 * ("Izvor: Hina"); there the label says an agency follows, and a given name ("Hina") is no source.
 */
const CASE_SENSITIVE_SHORT = /^[A-Z]{2,4}$/;

/**
 * The agency a whole string names ("Reuters", "AFP.", "أ ف ب"), or null. `labelled`: the string is what a source label
 * ("Izvor:", "Source:") was followed by.
 */
export function agencyNamed(text: string, labelled = false): string | null {
  // A closing bracket is asked for first: most credits hold none, and skip the pattern.
  const withInitials = text.includes(')') ? NAME_WITH_INITIALS.exec(text) : null;
  if (withInitials) {
    const named = agencyNamed(withInitials[1], labelled);
    return named !== null && named === agencyNamed(withInitials[2], true) ? named : null;
  }
  // Rule "voweled agency name": a paper that sets its credits with vowel signs or stretches them with the tatweel
  // ("/العُمانية/", "وكالـة") names the same agency as one that does not; the spellings are written without them.
  const stripped = withoutArabicMarks(text).replace(/^[\s(\[©]+|[\s)\]]+$/g, '');
  const unlabelled = stripped.replace(SOURCE_LABEL_PREFIX, '');
  const anyCase = labelled || unlabelled.length < stripped.length;
  const cleaned = ANY_AGENCY.test(unlabelled) ? unlabelled : withoutAgencyNoun(unlabelled).replace(AGENCY_SITE_DOMAIN, '');
  const service = REGIONAL_SERVICE.exec(cleaned);
  if (!ANY_AGENCY.test(cleaned) && !(service && ANY_AGENCY.test(cleaned.slice(0, service.index)))) return null;
  for (const matcher of AGENCY_MATCHERS) {
    if (!matcher.exact.test(cleaned) && !(service && matcher.regionalServices && matcher.exact.test(cleaned.slice(0, service.index)))) continue;
    if (CASE_SENSITIVE_SHORT.test(matcher.name) && cleaned.length <= 4 && cleaned !== cleaned.toUpperCase() && !anyCase) continue;
    return matcher.name;
  }
  return null;
}

/**
 * Rule "name with its initials": a credit may spell the agency out and give its initials after it in brackets
 * ("Kuwait News Agency (KUNA)", "وكالة الأنباء الكويتية (كونا)"); both halves name one agency. Two agencies so
 * written ("Reuters (AFP)") are no one agency's name.
 */
const NAME_WITH_INITIALS = /^\s*([^()]*\S)\s*\(\s*([^()]+?)\s*\)\s*$/u;

/**
 * Rule "agency at home": a country's papers write their national agency's initials as a word, the way the agency
 * styles itself in their language: Croatian and Bosnian papers credit "Hina" ("Autor: Hina"), which elsewhere is a
 * given name and counts only in capitals. On a page in the agency's own language the word is the agency.
 */
const HOME_LANGUAGES_OF_AGENCY: Readonly<Record<string, readonly string[]>> = { HINA: ['hr', 'bs'] };

/** The agency a whole string names in any case, on a page in that agency's own language (a BCP 47 tag); else null. */
export function homeAgencyNamed(text: string, language: string | null | undefined): string | null {
  if (!language) return null;
  const agency = agencyNamed(text, true);
  return agency !== null && HOME_LANGUAGES_OF_AGENCY[agency]?.includes(primarySubtag(language)) ? agency : null;
}

/**
 * Agencies joined in one credit: "AFP/Reuters", "dpa, AP", "EFE y Reuters", "أ ف ب - رويترز". Rule "editor's
 * initials": an agency's partners and its regional services add the initials of the desk or the editor in lower
 * case ("dpa/lrs", the Rhineland-Palatinate service, "(dpa/lnw)", "AFP/ssi"); beside an agency they void no credit.
 * Rule "named agency among agencies": a desk that wrote the story from one named wire and others credits the others
 * with the word "agencies" ("(رويترز - وكالات)", "(EFE y agencias)", "AFP/Agenturen"), which voids no credit either.
 */
export function agenciesIn(text: string, labelled = false): string[] {
  const parts = text.split(/\s*(?:[/,;|&+،]|\b(?:and|und|y|et|e)\b)\s*|\s+(?:و|[-–—])\s+/).filter(Boolean);
  const names: string[] = [];
  for (const part of parts) {
    const name = agencyNamed(part, labelled);
    if (name) names.push(name);
    else if (!EDITOR_INITIALS.test(part) && !AGENCIES_WORD.test(part)) return [];
  }
  return [...new Set(names)];
}
const AGENCIES_WORD = /^(?:وكالات|agencies|agenturen|agences|agencias|agenzie|agências)$/iu;
/** The word "agencies" alone ("By Jane Doe, with agencies", "وكالات"): the copy of agencies the credit does not name. */
export function isUnnamedAgencies(text: string): boolean {
  return AGENCIES_WORD.test(text.trim());
}
/** An editor's or a regional desk's initials, as agencies and their partners print them in lower case: "lrs", "ino", "aja". */
export const EDITOR_INITIALS = /^\p{Ll}{2,4}$/u;

/**
 * A dateline that names the place, then the agency, before the story's first sentence: "الرياض - واس:", "القاهرة -
 * أ ش أ -", "Amman – Petra –", or on a line of its own above it ("القاهرة - أ ش أ", then the text). The place is a
 * few words; the agency part must name an agency. Rule "dateline closed by a full stop": Russian agencies end the
 * dateline with a full stop instead ("МОСКВА, 2 дек — РИА Новости. Группа депутатов …", "МОСКВА, 2 дек -
 * Интерфакс. …"), and the papers that reprint them keep it.
 */
const DATELINE_CREDIT = /^\s*[^\s:–—-]+(?:\s[^\s:–—-]+){0,2}\s*[-–—]\s*([^\n:–—-]{2,30}?)\s*(?:[:–—-]|\.\s|\n)/u;

/**
 * Rule "place closed by a full stop": Kazakhstan's agency heads its copy with the place in capitals and a full stop,
 * then its name and a dash ("АСТАНА. KAZINFORM – …"), and the papers that run the copy keep that head. A place in
 * capitals of one to three words, its full stop, and a credit before the dash that names an agency is that credit.
 */
const CAPITALISED_PLACE_STOP_CREDIT = /^\s*\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}[\p{Lu}-]+){0,2}\.\s+([^\n.:–—-]{2,30}?)\s+[-–—]\s/u;

/**
 * Rule "place and day closed by full stops": Interfax heads its copy with the place, the day and the month, each
 * closed by a full stop, then its credit and a dash ("Москва. 3 декабря. INTERFAX.RU - …", "Екатеринбург. 3 декабря.
 * ИНТЕРФАКС-УРАЛ - …"), and the regional papers that run its copy keep the head. The credit may hold hyphens of its
 * own, so only a spaced dash closes it.
 */
const PLACE_DAY_STOP_CREDIT = /^\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}\.\s+\d{1,2}\s+\p{L}+\.\s+([^\n:–—]{2,40}?)\s+[-–—]\s/u;

/**
 * Rule "place, day and agency between commas": Armenia's agency heads its copy with the place in capitals, the day
 * and the month, and its name, parted by commas and closed by a colon or the Armenian full stop ("ԳՅՈՒՄՐԻ, 3
 * ԴԵԿՏԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։", "ЕРЕВАН, 3 ДЕКАБРЯ, АРМЕНПРЕСС:"), and the papers that run its copy keep the head. The
 * field after the day that names an agency is the credit. Azerbaijan's state agency writes the place as names are
 * and closes the head with a full stop or sets it on a line of its own ("Gəncə, 5 dekabr, AZƏRTAC", then the story),
 * and the papers that run its copy keep that too.
 */
const PLACE_DAY_AGENCY_COMMAS = /^\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s*\d{1,2}\s+\p{L}+,\s*([^\n,:։.]{2,30}?)\s*(?:[:։]|\.(?:\s|$)|\n|$)/u;

/**
 * Rule "agency before the dash": Italian agencies open copy they send without a dateline with their name and a dash
 * ("AGI - Slitta ancora …"), and Saudi papers running their agency's copy the same way ("واس - وافق مجلس الوزراء
 * …"). A story's first words before a dash that are wholly an agency's name are its credit; a place there names none.
 */
const AGENCY_OPENING_DASH = /^\s*([^\n:–—-]{2,30}?)\s+[-–—]{1,2}\s/u;

/**
 * Rule "dated dateline row": the Saudi agency heads its copy with a row of the place, the Hijri and the Gregorian day
 * and its name last ("الرياض 12 جمادى الآخرة 1448 هـ الموافق 03 ديسمبر 2026 م واس"), and the papers that run the copy
 * keep the row over the text. A first line of a dateline's length that holds a year and ends on an agency's name in
 * Arabic letters is that credit; the last words of a sentence are not set apart on a line of their own.
 */
const DATED_ROW = /^\s*([^\n]{8,90}?)\s*\n/u;
const YEAR = /\d{4}/u;

function datedRowAgency(bodyText: string): string | null {
  const row = DATED_ROW.exec(bodyText);
  if (!row || !YEAR.test(row[1]) || !ARABIC_LETTER.test(row[1])) return null;
  const words = row[1].split(/\s+/);
  const found = agencyAtEdge(words, 'last', 2);
  return found && ARABIC_LETTER.test(words.slice(-found.words).join(' ')) ? found.agency : null;
}

/**
 * Rule "dated dateline": Palestine's agency, and the papers that reprint it, put the day in numbers between the place
 * and the agency ("رام الله 3-12-2026 وفا- …", "غزة 3/12/2026 وفا:"), its hyphens no dash that closes the place.
 */
const DATED_DATELINE_CREDIT = /^\s*[^\s\d:–—-]+(?:\s[^\s\d:–—-]+){0,2}\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\s+([^\n\d:–—-]{2,30}?)\s*[:–—-]/u;

/**
 * Rule "slash joined to the place": Iraqi papers head the copy they run with the place, a slash written against it and
 * the agency, closed by another slash, a colon or a dash ("بغداد/ واع/ قرر …", "البصرة/ الأناضول: …"), where the Gulf's
 * set the slash apart. One or two Arabic words of place, and a credit that names an agency.
 */
const GLUED_SLASH_DATELINE_CREDIT = /^\s*[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?\/\s*([^/\n:–—-]{2,30}?)\s*[/:–—-]/u;

/**
 * Rule "agency between slashes": Oman's agency, and the papers that take its copy, set the agency between slashes
 * after the place and the day, before the first sentence ("مسقط في 1 ديسمبر /العمانية/ افتتحت …"). Read only near the
 * start, where a dateline stands, and only between slashes that stand apart from the words around them, as no
 * address or date does. Moldova's agency closes its slashes with the dateline's full stop ("Chișinău, 5 decembrie
 * /MOLDPRES/. Guvernul …"): a full stop, colon or comma there still leaves the slash apart from the next word.
 */
const SLASHED_CREDIT = /(?:^|\s)\/\s*([^/\n]{2,40}?)\s*\/(?=[.:,]?(?:\s|$))/gu;

/**
 * Rule "dateline without a closing mark": "الرياض - واس صوت المجلس …", "دمشق - سانا أعلنت …": Arabic papers set the
 * place, a dash and the agency, then the story's first sentence straight after it, no colon or second dash between.
 * The agency is read from the one to three words after the dash that name one, the longest first, and only in Arabic
 * script: in Latin text "Paris - Reuters said on Monday …" is a sentence about the agency.
 */
function agencyOpeningText(bodyText: string): string | null {
  const place = DATELINE_PLACE_DASH.exec(bodyText);
  if (!place) return null;
  const words = bodyText.slice(place[0].length, place[0].length + MAX_UNMARKED_AGENCY_CHARS).split(/\s+/);
  const found = agencyAtEdge(words, 'first', 1);
  return found && ARABIC_LETTER.test(words.slice(0, found.words).join(' ')) ? found.agency : null;
}
export const DATELINE_PLACE_DASH = /^\s*[^\s:–—-]+(?:\s[^\s:–—-]+){0,2}\s+[-–—]\s+/u;
const MAX_UNMARKED_AGENCY_CHARS = 60;

/**
 * The agency that the `first` or `last` one to three of `words` name, the most words first, and how many words it
 * takes; at least `keep` words are left at the other end for the text the agency is run on to (a writer's name, the
 * story's first sentence).
 */
export function agencyAtEdge(words: readonly string[], edge: 'first' | 'last', keep: number): { agency: string; words: number } | null {
  for (let count = Math.min(MAX_AGENCY_WORDS, words.length - keep); count >= 1; count--) {
    const agency = agencyNamed((edge === 'first' ? words.slice(0, count) : words.slice(-count)).join(' '));
    if (agency) return { agency, words: count };
  }
  return null;
}
/** The longest agency name in words: "Agence France Presse", "The Associated Press", "أ ش أ". */
const MAX_AGENCY_WORDS = 3;

/**
 * Rule "Persian report lead": Persian news opens its first paragraph with whose report it is, "به گزارش ایسنا،"
 * ("according to ISNA's report"), "به گزارش خبرنگار ایرنا،" (IRNA's reporter), and a site that runs an agency's copy
 * names itself and then the agency it quotes: "به گزارش کویر امروز به نقل از ایرنا،". The source is the phrase's last
 * words, after "به نقل از" ("quoting") when it has one, up to the comma that closes the phrase; only an agency counts.
 * Rule "agency's provincial bureau": an agency's provincial copy names the province or city its bureau reports from
 * after the agency, "به گزارش خبرگزاری تسنیم از کرمان،" ("Tasnim's report from Kerman"), and provincial sites keep
 * the phrase as they run the copy; the place after "از" ("from") is no part of the source.
 */
const PERSIAN_REPORT_LEAD = /(?:^|\n)\s*به گزارش\s+([^،,.\n]{2,80}?)\s*[،,]/u;
const QUOTING = /\s*به نقل از\s+/u;
const FROM_PLACE = /\s+از(?:\s+\S+){1,3}$/u;

function persianReportAgency(head: string): string | null {
  const lead = PERSIAN_REPORT_LEAD.exec(head);
  if (!lead) return null;
  const source = lead[1].split(QUOTING).at(-1)!;
  for (const words of [source, source.replace(FROM_PLACE, '')]) {
    const agency = agencyAtEdge(words.split(/\s+/), 'last', 0)?.agency;
    if (agency) return agency;
  }
  return null;
}

/**
 * A Chinese wire dateline: the agency, the place and the day the story was filed by telegram ("新华社武汉12月1日电",
 * "中央社台北1日電"), run together before the first sentence. The agency is the dateline's first few characters.
 * Rule "bracketed dateline with its reporters": Taiwan's agency sets the dateline in full-width brackets with its
 * reporters between the agency and the place ("（中央社記者陳怡君台南12日電）", "（中央社記者王明、林美玲台北12日專電）",
 * a special dispatch).
 */
const CHINESE_WIRE_DATELINE = /^\s*[（(]?(\p{Script=Han}[\p{Script=Han}、]{1,19}?)(?:\d{1,2}月)?\d{1,2}日[专專]?[电電讯訊]/u;
const MAX_CHINESE_AGENCY_CHARS = 5;

/**
 * Rule "place equals agency": Korean papers open a wire story with the place and the agency joined by an equals sign
 * in brackets ("[서울=뉴시스]", "(서울=연합뉴스)"), the writer after it, and Japanese ones with a full-width sign
 * ("【ワシントン＝共同】"); the agency is the part after the sign.
 */
const PLACE_EQUALS = /^\p{L}{1,12}\s*[=＝]\s*/u;

/**
 * Rule "place, day and agency in square brackets": Reuters' Japanese service opens its copy with the place, the day
 * and its name in square brackets, full-width or not, parted by spaces, before a dash ("［東京　３日　ロイター］ -
 * 日銀は…"). A bracket that opens the text and holds a day's number is that dateline, and the agency its last words.
 */
function squareBracketedDatelineAgency(bodyText: string): string | null {
  const bracket = SQUARE_BRACKETED_DATELINE.exec(bodyText);
  if (!bracket) return null;
  const words = bracket[1].normalize('NFKC').trim().split(/\s+/);
  return words.length >= 3 && DIGIT.test(bracket[1].normalize('NFKC')) ? agencyAtEdge(words, 'last', 2)?.agency ?? null : null;
}
const SQUARE_BRACKETED_DATELINE = /^\s*[［\[]([^［］[\]\n]{4,40})[］\]]/u;
const DIGIT = /\d/;

/**
 * Rule "agency that translated another's copy": a Japanese agency that runs a foreign agency's story in translation
 * sets the foreign agency after the place, before the sign, and itself after it ("【パリＡＦＰ＝時事】", AFP's copy
 * by way of Jiji; "【ソウル聯合＝共同】", Yonhap's by way of Kyodo), in full-width letters or in kanji. The story is
 * the foreign agency's, so it is the credit; its name is the Latin letters that close the part before the sign, read
 * in their ordinary width, or its last few kanji after the place.
 */
export function translatedAgency(bracketed: string): string | null {
  const sign = TRANSLATED_AGENCY.exec(bracketed.normalize('NFKC'));
  if (!sign) return null;
  const before = sign[1];
  const latin = LATIN_TAIL.exec(before);
  if (latin) return agencyNamed(latin[0]);
  for (let length = Math.min(MAX_KANJI_AGENCY_CHARS, before.length - 1); length >= 2; length--) {
    const tail = before.slice(-length);
    if (!KANJI.test(tail)) continue;
    const agency = agencyNamed(tail);
    if (agency) return agency;
  }
  return null;
}
const TRANSLATED_AGENCY = /^([\p{L}ー・]{2,16}?)\s*=\s*\p{L}{1,6}$/u;
const LATIN_TAIL = /[A-Za-z]{2,12}$/;
const KANJI = /^\p{Script=Han}+$/u;
/** The longest short name a Japanese bracket gives a foreign agency in kanji: "新華社", "聯合". */
const MAX_KANJI_AGENCY_CHARS = 4;

/**
 * Rule "agency as the lead's reporter": Central and Eastern European portals that rewrite agency copy close the lead's
 * sentence with the reporting verb and the agency after it, the subject after its verb as those languages allow:
 * Ukrainian "…, передає Укрінформ.", "повідомляє", Russian "передает", "сообщает", Romanian "…, informează
 * Agerpres.", "relatează", "transmite", Polish "podaje PAP", Czech and Polish "informuje", Croatian and Serbian
 * "javlja Hina", "јавља Танјуг", Belarusian "паведамляе БелТА", "перадае", Bulgarian "съобщава БТА", "предава", and
 * Kyrgyz and Kazakh, which close the reported words with "деп" ("saying") before the verb: "…, деп кабарлайт Кабар.",
 * "…, деп хабарлайды ҚазАқпарат.", and Georgian "…, იტყობინება „ინტერპრესნიუსი“.", which quotes the agency's name.
 * Azerbaijani, whose verb closes the sentence, puts the agency before it: "…, Report xəbər verir." ("reports"),
 * "…, APA məlumat verir.". Only in the story's opening (the lead's sentence may follow a dek), after a comma, and with
 * the agency and its verb closing the sentence: a story quoting an agency elsewhere names it mid-sentence.
 */
const REPORTED_BY_AGENCY = /,\s*(?:передає|повідомляє|передает|сообщает|паведамляе|перадае|съобщава|предава|деп\s+(?:кабарлайт|хабарлайды)|informează|informeaza|relatează|relateaza|transmite|podaje|informuje|javlja|јавља|იტყობინება)\s+[„“«"]?([^,.;:!?\n„“”«»"]{2,40}?)[“”»"]?\s*[.!]/iu;
const AGENCY_BEFORE_REPORTING_VERB = /,\s*([^,.;:!?\n]{2,40}?)\s+(?:xəbər|məlumat)\s+verir\s*[.!]/iu;

/**
 * Rule "the feed's letters in a dateline": Nepal's agency, Rastriya Samachar Samiti, is credited in English by its
 * initials, "RSS", which are also the feed link every page prints, so they count alone only where nothing but a credit
 * stands: in brackets after the place and the day that head the story ("Kathmandu, Dec 6 (RSS):", "Pokhara, 6
 * December (RSS) –").
 */
const NEPAL_AGENCY_DATELINE = /^\s*\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9})\s*\(RSS\)\s*[:–—-]/u;

/**
 * Rule "Afghan agency's dated dateline": Afghan agencies open their copy with the place, then their name and the Solar
 * day in brackets before a colon ("بامیان (پژواک، ۱۵ قوس ۱۴۰۵): …"), and the portals that run it keep the line. Their
 * names are also words ("پژواک" "echo", "باختر" "west"), so the spellings hold them only with the word "agency"; in
 * this bracket nothing but the agency stands, and the name is read as that agency's.
 */
const AFGHAN_AGENCY_DATELINE = /^\s*(?:\p{L}+\s+){0,2}\p{L}+\s*\(\s*(\p{L}+)\s*[،,]\s*[\d۰-۹]{1,2}\s+\p{L}+\s+[\d۰-۹]{4}\s*\)\s*:/u;

/** The story's opening, where a dateline or the lead's credit stands. */
const OPENING_CHARS = 400;

/** "Source: Reuters", or "وكالات:" ("agencies:"), which Arabic sites put before the agencies they took a story from. */
const SOURCE_LINE = new RegExp(`(?:^|\\n|\\s)(?:${SOURCE_LABEL}|وكالات)\\s*[:：]\\s*([^\\n.]{1,40})`, 'iu');

/**
 * The agency a story is credited to in its visible text. Only the places agencies are credited count: a
 * parenthesised credit near the start (dateline "PARIS (AFP) -", Korean "[서울=뉴시스]") or end ("(أ ف ب)", "(Avec AFP)",
 * Japanese "（共同）" in full-width brackets, or in the lenticular ones Japanese papers open agency copy with, after
 * the place and a full-width equals sign: "【共同】", "【ワシントン＝共同】"), a place-and-agency dateline ("الرياض - واس:"), a "Source:" line, or a trailing "- Reuters" / "/dpa". A mention of
 * "Reuters" inside a sentence is news, not a credit.
 */
export function findCreditedAgency(bodyText: string): string | null {
  // Rule "tatweel dash" (see withTatweelDashes): "القطيف ـ واس:" is the place-and-agency dateline "القطيف - واس:".
  const dateline = DATELINE_CREDIT.exec(withTatweelDashes(bodyText.slice(0, OPENING_CHARS)));
  if (dateline) {
    const agencies = agenciesIn(dateline[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const placeDay = PLACE_DAY_AGENCY_COMMAS.exec(bodyText);
  if (placeDay) {
    const agencies = agenciesIn(placeDay[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const placeStop = CAPITALISED_PLACE_STOP_CREDIT.exec(bodyText);
  if (placeStop) {
    const agencies = agenciesIn(placeStop[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const opening = AGENCY_OPENING_DASH.exec(bodyText);
  if (opening) {
    const agencies = agenciesIn(opening[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const dayStop = PLACE_DAY_STOP_CREDIT.exec(bodyText);
  if (dayStop) {
    const agencies = agenciesIn(dayStop[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const dated = DATED_DATELINE_CREDIT.exec(bodyText);
  if (dated) {
    const agencies = agenciesIn(dated[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const glued = GLUED_SLASH_DATELINE_CREDIT.exec(bodyText);
  if (glued) {
    const agencies = agenciesIn(glued[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const datedRow = datedRowAgency(bodyText);
  if (datedRow) return datedRow;
  const unmarked = agencyOpeningText(bodyText);
  if (unmarked) return unmarked;
  for (const shape of [REPORTED_BY_AGENCY, AGENCY_BEFORE_REPORTING_VERB]) {
    const reported = shape.exec(bodyText.slice(0, OPENING_CHARS));
    if (!reported) continue;
    const agencies = agenciesIn(reported[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const persianReport = persianReportAgency(bodyText.slice(0, OPENING_CHARS));
  if (persianReport) return persianReport;
  const squareBracketed = squareBracketedDatelineAgency(bodyText);
  if (squareBracketed) return squareBracketed;
  if (NEPAL_AGENCY_DATELINE.test(bodyText)) return 'RSS';
  const afghan = AFGHAN_AGENCY_DATELINE.exec(bodyText);
  if (afghan) {
    const agency = agencyNamed(afghan[1]) ?? agencyNamed(`خبرگزاری ${afghan[1]}`);
    if (agency) return agency;
  }
  const telegram = CHINESE_WIRE_DATELINE.exec(bodyText);
  if (telegram) {
    for (let length = 2; length <= Math.min(MAX_CHINESE_AGENCY_CHARS, telegram[1].length); length++) {
      const agency = agencyNamed(telegram[1].slice(0, length));
      if (agency) return agency;
    }
  }
  const head = bodyText.slice(0, OPENING_CHARS);
  const tailStart = Math.max(0, bodyText.length - 400);
  const tail = bodyText.slice(tailStart);
  for (const [region, regionStart] of [[head, 0], [tail, tailStart]] as const) {
    for (const match of region.matchAll(/[(\[（【]\s*([^()\[\]（）【】\n]{1,40}?)\s*[)\]）】]/g)) {
      if (abbreviatesWordsBefore(bodyText, regionStart + match.index, match[1])) continue;
      const original = translatedAgency(match[1]);
      if (original) return original;
      const agencies = agenciesIn(match[1].replace(CREDIT_LEAD_IN_PREFIX, '').replace(PLACE_EQUALS, ''));
      if (agencies.length > 0) return agencies[0];
    }
  }
  for (const match of head.matchAll(SLASHED_CREDIT)) {
    const agencies = agenciesIn(match[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const sourceLine = SOURCE_LINE.exec(tail);
  if (sourceLine) {
    const agencies = agenciesIn(sourceLine[1].trim());
    if (agencies.length > 0) return agencies[0];
  }
  // The text after the last line break, found without splitting the whole body into its paragraphs.
  const trimmed = bodyText.trim();
  const lastParagraph = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  if (lastParagraph.length <= 40) {
    const agencies = agenciesIn(lastParagraph.replace(/^[-–—/\s]+|[.\s]+$/g, ''));
    if (agencies.length > 0) return agencies[0];
  }
  const trailingCredit = /[-–—/]\s*([^-–—/\n]{2,40}?)\s*\.?\s*$/u.exec(tail);
  if (trailingCredit) {
    const agencies = agenciesIn(trailingCredit[1]);
    if (agencies.length > 0) return agencies[0];
  }
  const signed = SIGNED_AFTER_LAST_SENTENCE.exec(tail);
  return signed && signed[1] === signed[1].toUpperCase() ? agencyNamed(signed[1]) : null;
}

/**
 * Rule "agency after the last sentence": sites that paste agency copy into one block keep the agency's sign-off run
 * onto the last sentence, after its full stop ("… entrará en vigor en enero. EFE", "… alle 18. ANSA"). Only an
 * agency's initials in capitals count there, closing the text: a sentence does not end on them.
 */
const SIGNED_AFTER_LAST_SENTENCE = /[.!?»"”]\s+(\p{Lu}{2,8})\s*$/u;

/**
 * Rule "abbreviation, not credit": letters in brackets right after the capitalised words they abbreviate define
 * a name ("Administración Nacional de Puertos (ANP)", a port authority, not the Dutch agency). Lower-case
 * particles between the words ("de", "of") have no letter in the abbreviation. Science writing abbreviates
 * lower-case terms the same way, with letters from inside the words ("docosahexaenoic acid (DHA)", "peptide nucleic
 * acid (PNA)"): the letters, in order, spell out the last few words of the sentence, the first one opening them.
 * A story that cites an agency in its text gives the agency's full name, then its initials in brackets ("in a
 * statement carried by Agence France-Presse (AFP) on …", "في بيان نقلته وكالة أنباء الإمارات (وام) إن …"): the
 * initials of the agency the words before them name abbreviate that name, though their letters are not the words'
 * capitals, or the script has no capitals; the agency is what the story quotes, not whose copy it is.
 */
function abbreviatesWordsBefore(text: string, bracketAt: number, inside: string): boolean {
  const letters = inside.trim();
  const before = text.slice(Math.max(0, bracketAt - 120), bracketAt);
  const named = agencyNamed(letters);
  if (named !== null && !SENTENCE_END.test(before) && agencyAtEdge(before.trim().split(/\s+/), 'last', 0)?.agency === named) return true;
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const capitalised = before.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  const initials = capitalised.slice(-letters.length).map((word) => word[0]).join('');
  return initials === letters || spellsOutTerm(before, letters);
}

/** A credit set after the last sentence ("… he told AFP. (AFP)") follows its closing mark; an abbreviation runs on from the name. */
const SENTENCE_END = /[.!?؟]\s*$/u;

/** Whether the letters spell out a lower-case term ending the sentence before them, as a term's abbreviation does. */
function spellsOutTerm(before: string, letters: string): boolean {
  // Two letters spell out half the word pairs of any sentence.
  if (letters.length < 3) return false;
  const sentence = before.split(/[.!?;:]\s/).at(-1) ?? '';
  const words = sentence.trim().split(/\s+/).slice(-(letters.length + 1));
  for (let start = words.length - 2; start >= 0; start--) {
    const term = words.slice(start);
    if (!term.every((word) => /^\p{Ll}/u.test(word))) return false;
    if (term[0][0] === letters[0].toLowerCase() && isSubsequence(letters.slice(1).toLowerCase(), term.join(' ').slice(1))) return true;
  }
  return false;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle[at]) at++;
  return at >= needle.length;
}

/**
 * Rule "agency as the copy's publisher": portals that carry their partners' stories declare the partner that supplied
 * one as its JSON-LD publisher, beside a site name of their own (og:site_name "Yonder News", publisher "AFP"); when
 * that partner is an agency, the story is its copy. On the agency's own site the publisher is the site, whose name
 * ("AP News", "Anadolu Ajansı") or host ("reuters.com") spells the agency.
 */
export function agencyPublishingOnPortal(publisher: string | null, siteName: string | null, host: string | null): string | null {
  const agency = publisher && siteName ? agencyNamed(publisher) : null;
  if (!agency) return null;
  if (siteName!.split(/\s+/).some((word) => agencyNamed(word) === agency) || agencyNamed(siteName!) === agency) return null;
  const label = host?.replace(/^www\./, '').split('.')[0] ?? '';
  return label.startsWith(agency.toLowerCase().replace(/\s+/g, '')) ? null : agency;
}
