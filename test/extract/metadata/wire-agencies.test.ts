import { extract } from '../../../lambdas/extract';
import { agencyNamed, findCreditedAgency } from '../../../lambdas/extract/metadata/wire-agencies';

describe('findCreditedAgency', () => {
  it('reads India\'s agencies in the Assamese, Gujarati and Punjabi datelines (rule "India\'s agencies in every script")', () => {
    expect(findCreditedAgency('ডিব্ৰুগড়, ৩ ডিচেম্বৰ (আইএএনএছ): চহৰৰ নতুন সেতুখন দেওবাৰে মুকলি কৰা হয়।')).toBe('IANS');
    expect(findCreditedAgency('સુરત, 3 ડિસેમ્બર (પીટીઆઈ): શહેરમાં નવો પુલ રવિવારે ખુલ્લો મુકાયો હતો.')).toBe('PTI');
    expect(findCreditedAgency('ਜਲੰਧਰ, 3 ਦਸੰਬਰ (ਯੂਐਨਆਈ): ਸ਼ਹਿਰ ਵਿੱਚ ਨਵਾਂ ਪੁਲ ਐਤਵਾਰ ਨੂੰ ਖੋਲ੍ਹਿਆ ਗਿਆ।')).toBe('UNI');
  });

  it('reads Bernama and IANS as Tamil papers spell them (rule "Malaysia\'s agency in its Tamil papers")', () => {
    expect(findCreditedAgency('கோலாலம்பூர், டிச. 3 (பெர்னாமா) -- நகரின் புதிய பாலம் ஞாயிற்றுக்கிழமை திறக்கப்பட்டது.')).toBe('Bernama');
    expect(findCreditedAgency('கோவை, டிச. 3 (ஐஏஎன்எஸ்): நகரின் புதிய பாலம் ஞாயிற்றுக்கிழமை திறக்கப்பட்டது.')).toBe('IANS');
  });

  it('reads Somalia\'s agency in a Somali dateline', () => {
    expect(findCreditedAgency('Muqdisho (SONNA) – Wasaaradda waxbarashada ayaa maanta shaacisay jadwalka imtixaannada.')).toBe('SONNA');
  });

  it('reads a place-and-agency dateline set with a spaced tatweel for its dash (rule "tatweel dash")', () => {
    expect(findCreditedAgency('القطيف ـ واس: افتتحت أمانة المنطقة الشرقية سوقا جديدة للأسماك.')).toBe('SPA');
    expect(findCreditedAgency('القطيف - واس: افتتحت أمانة المنطقة الشرقية سوقا جديدة للأسماك.')).toBe('SPA');
  });
});

describe('the Cyprus News Agency (rule "Cyprus\'s agency")', () => {
  it('reads the agency\'s Greek initials and its English name as the CNA, and not the Latin initials alone', () => {
    expect(agencyNamed('ΚΥΠΕ')).toBe('CNA');
    expect(findCreditedAgency('Οι χρεώσεις θα ανακοινωθούν τον Ιανουάριο.\n\nΠηγή: ΚΥΠΕ')).toBe('CNA');
    expect(agencyNamed('Cyprus News Agency')).toBe('CNA');
    expect(agencyNamed('CNA')).toBeNull();
  });
});

describe('findCreditedAgency, rule "the feed\'s letters in a dateline"', () => {
  it('reads Nepal\'s agency by its initials in the bracket after the place and the day that head the story', () => {
    expect(findCreditedAgency('Kathmandu, Dec 6 (RSS): Nepal and India have agreed to open two more border points.')).toBe('RSS');
    expect(findCreditedAgency('Pokhara, 6 December (RSS) – The lake city hosted a trade fair.')).toBe('RSS');
  });

  it('reads no agency from the initials elsewhere in the story', () => {
    expect(findCreditedAgency('Readers can follow the site by RSS: the feed is updated every hour, the editor said on Sunday.')).toBeNull();
  });
});

describe('agencyNamed', () => {
  it('recognises United News of Bangladesh in Bengali datelines', () => {
    expect(agencyNamed('ইউএনবি')).toBe('UNB');
    expect(findCreditedAgency('ঢাকা, ৩ ডিসেম্বর (ইউএনবি) – রাজধানীর বাজারে সবজির দাম কমেছে।')).toBe('UNB');
  });

  it('recognises Sri Lanka\'s national agency by its Sinhala name, in Latin letters and in Sinhala', () => {
    expect(agencyNamed('Lankapuvath')).toBe('Lankapuvath');
    expect(agencyNamed('ලංකාපුවත්')).toBe('Lankapuvath');
  });

  it('recognises Pakistan\'s and Afghanistan\'s agencies, and Xinhua in Urdu and Uyghur letters, but not the Persian words two of them are named with', () => {
    expect(agencyNamed('پی پی آئی')).toBe('PPI');
    expect(agencyNamed('پژواک افغان نیوز')).toBe('Pajhwok');
    expect(agencyNamed('آژانس باختر')).toBe('Bakhtar');
    expect(agencyNamed('شنہوا')).toBe('Xinhua');
    expect(agencyNamed('شىنخۇا')).toBe('Xinhua');
    expect(agencyNamed('پژواک')).toBeNull();
    expect(agencyNamed('باختر')).toBeNull();
    expect(findCreditedAgency('اسلام آباد (پی پی آئی) وفاقی حکومت نے آج ایک نئی پالیسی کا اعلان کیا۔')).toBe('PPI');
    expect(findCreditedAgency('ئۈرۈمچى (شىنخۇا) 3-دېكابىر خەۋەر')).toBe('Xinhua');
    // Rule "place, day and agency between commas": Azerbaijan's state agency, the place written as names are, the head
    // closed by a full stop or the line's end.
    expect(findCreditedAgency('Bakı, 5 dekabr, AZƏRTAC. Paytaxtda yeni metro stansiyası açılıb.')).toBe('AZERTAC');
    expect(findCreditedAgency('Gəncə, 5 dekabr, AZƏRTAC\n\nGəncə şəhərində yeni su anbarı tikilir.')).toBe('AZERTAC');
    expect(findCreditedAgency('ЕРЕВАН, 3 ДЕКАБРЯ, АРМЕНПРЕСС: Правительство одобрило проект.')).toBe('Armenpress');
    expect(findCreditedAgency('Bakı, 5 dekabr, Nigar Həsənova. Paytaxtda yeni metro stansiyası açılıb.')).toBeNull();
  });

  it('reads an agency spelt out with its initials in brackets, and no pair of two agencies or a writer and an agency (rule "name with its initials")', () => {
    expect(agencyNamed('Kuwait News Agency (KUNA)')).toBe('KUNA');
    expect(agencyNamed('وكالة الأنباء الكويتية (كونا)')).toBe('KUNA');
    expect(agencyNamed('Agence France-Presse (AFP)')).toBe('AFP');
    expect(agencyNamed('Reuters (AFP)')).toBeNull();
    expect(agencyNamed('Jane Roe (AFP)')).toBeNull();
  });

  it('recognises agencies in Latin and Arabic spellings', () => {
    expect(agencyNamed('AFP')).toBe('AFP');
    expect(agencyNamed('Agence France-Presse')).toBe('AFP');
    expect(agencyNamed('أ.ف.ب')).toBe('AFP');
    expect(agencyNamed('ا ف ب')).toBe('AFP');
    expect(agencyNamed('فرانس برس')).toBe('AFP');
    expect(agencyNamed('Reuters')).toBe('Reuters');
    expect(agencyNamed('The Associated Press')).toBe('AP');
    expect(agencyNamed('أ ب')).toBe('AP');
    expect(agencyNamed('dpa')).toBe('dpa');
    expect(agencyNamed('Agencia EFE')).toBe('EFE');
    expect(agencyNamed('EUROPA PRESS')).toBe('Europa Press');
    expect(agencyNamed('Keystone-ATS')).toBe('SDA');
  });

  it('reads the Maghreb\'s spelling of France Presse and the American agency with its article and its other spellings', () => {
    expect(agencyNamed('فرانس بريس')).toBe('AFP');
    expect(agencyNamed('المصدر: فرانس بريس')).toBe('AFP');
    expect(agencyNamed('الأسوشيتد برس')).toBe('AP');
    expect(agencyNamed('الاسوشييتد برس')).toBe('AP');
    expect(agencyNamed('أسوشيتيد برس')).toBe('AP');
    expect(agencyNamed('المصدر: الأسوشيتد برس')).toBe('AP');
  });

  it('reads the foreign agencies whose copy Arabic papers run under their names in Arabic letters', () => {
    for (const [spelling, agency] of [['يو بي آي', 'UPI'], ['يو.بي.آي', 'UPI'], ['تاس', 'TASS'], ['ريا نوفوستي', 'RIA Novosti'], ['نوفوستي', 'RIA Novosti'],
      ['إنترفاكس', 'Interfax'], ['كيودو', 'Kyodo'], ['يونهاب', 'Yonhap'], ['برناما', 'Bernama'], ['أنسا', 'ANSA'], ['إيفي', 'EFE']]) {
      expect(agencyNamed(spelling)).toBe(agency);
    }
    expect(findCreditedAgency('موسكو - (تاس) - قال الكرملين إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الملفات العالقة بين البلدين.')).toBe('TASS');
  });

  it('reads an agency named "for news" after the word "agency" (rule "agency for news")', () => {
    expect(agencyNamed('وكالة الأناضول للأنباء')).toBe('Anadolu');
    expect(agencyNamed('المصدر: وكالة الأناضول للأنباء')).toBe('Anadolu');
    expect(agencyNamed('وكالة شينخوا للانباء')).toBe('Xinhua');
    expect(agencyNamed('وكالة السودان للأنباء')).toBe('SUNA');
    expect(agencyNamed('وكالة الفضاء للأنباء')).toBeNull();
  });

  it.each([
    ['CAIRO (MENA) -', 'MENA'], ['RIYADH (SPA) --', 'SPA'], ['TEHRAN (IRNA) -', 'IRNA'], ['KUALA LUMPUR, March 12 (Bernama) --', 'Bernama'],
    ['JAKARTA (ANTARA) -', 'Antara'], ['NEW DELHI (ANI):', 'ANI'], ['KYIV (Ukrinform) -', 'Ukrinform'], ['BUENOS AIRES (Télam) -', 'Télam'],
  ])('reads a national agency by the Latin name its English dateline uses: "%s"', (lead, agency) => {
    expect(findCreditedAgency(`${lead} The council voted on Tuesday to rebuild the harbour wall, which storms breached twice last winter.`)).toBe(agency);
  });

  it('reads the Jordanian agency by its full English name, and no given name or region\'s initials in ordinary case', () => {
    expect(agencyNamed('Jordan News Agency')).toBe('Petra');
    expect(agencyNamed('Petra')).toBeNull();
    expect(agencyNamed('Mena')).toBeNull();
    expect(agencyNamed('Spa')).toBeNull();
  });

  it('reads the Pakistani and Nigerian agencies by their initials in capitals only, an English word and a given name in other cases', () => {
    expect(agencyNamed('APP')).toBe('APP');
    expect(agencyNamed('(NAN)')).toBe('NAN');
    expect(agencyNamed('News Agency of Nigeria')).toBe('NAN');
    expect(agencyNamed('app')).toBeNull();
    expect(agencyNamed('App')).toBeNull();
    expect(agencyNamed('Nan')).toBeNull();
  });

  it('reads the Caribbean agency and the governments\' information services by their initials, a given name in ordinary case not', () => {
    expect(agencyNamed('(CMC)')).toBe('CMC');
    expect(agencyNamed('Caribbean Media Corporation')).toBe('CMC');
    expect(agencyNamed('(GINA)')).toBe('GINA');
    expect(agencyNamed('JIS')).toBe('JIS');
    expect(agencyNamed('Gina')).toBeNull();
  });

  it('reads the British and Irish agency and New Zealand\'s broadcaster by their initials in capitals only', () => {
    expect(agencyNamed('PA')).toBe('PA');
    expect(agencyNamed('RNZ')).toBe('RNZ');
    expect(agencyNamed('Radio New Zealand')).toBe('RNZ');
    expect(agencyNamed('pa')).toBeNull();
    expect(agencyNamed('Pa')).toBeNull();
  });

  it('reads the German sports agency by its initials in capitals only (rule "the sports agency")', () => {
    expect(agencyNamed('SID')).toBe('SID');
    expect(agencyNamed('Sport-Informations-Dienst')).toBe('SID');
    expect(findCreditedAgency('Abu Dhabi (SID) - Weltmeister Kurt Lindqvist hat auch das Saisonfinale der Formel 1 gewonnen.')).toBe('SID');
    expect(agencyNamed('Sid')).toBeNull();
    expect(agencyNamed('sid')).toBeNull();
  });

  it('reads an agency\'s name declined in the cases Ukrainian, Russian, Polish and Serbian give it (rule "declined agency name")', () => {
    expect(agencyNamed('Укрінформу')).toBe('Ukrinform');
    expect(agencyNamed('Интерфакса')).toBe('Interfax');
    expect(agencyNamed('РИА Новостей')).toBe('RIA Novosti');
    expect(agencyNamed('PAP-u')).toBe('PAP');
    expect(agencyNamed('Tanjugu')).toBe('Tanjug');
    // Only that name's endings: another word that opens as the name does is no agency.
    expect(agencyNamed('Интерфаксовский')).toBeNull();
    expect(agencyNamed('Укрінформація')).toBeNull();
    expect(agencyNamed('Papu')).toBeNull();
  });

  it('reads an agency\'s regional service, named by a hyphen and the region (rule "agency\'s regional service")', () => {
    expect(agencyNamed('Интерфакс-Урал')).toBe('Interfax');
    expect(agencyNamed('Интерфакс-Северо-Запад')).toBe('Interfax');
    expect(agencyNamed('Interfax-Ukraine')).toBe('Interfax');
    // An agency that names no services so, or a lowercase word after the hyphen, is no service.
    expect(agencyNamed('Reuters-Bericht')).toBeNull();
    expect(agencyNamed('Интерфакс-новости')).toBeNull();
  });

  it('reads Iran\'s agencies, Reuters in Persian, Urdu and Hebrew, and an agency named after the word "agency" (rule "agency noun")', () => {
    expect(agencyNamed('ایسنا')).toBe('ISNA');
    expect(agencyNamed('خبرگزاری تسنیم')).toBe('Tasnim');
    expect(agencyNamed('خبرگزاری فارس')).toBe('Fars');
    expect(agencyNamed('فارس')).toBeNull();
    expect(agencyNamed('مهر')).toBeNull();
    expect(agencyNamed('رویترز')).toBe('Reuters');
    expect(agencyNamed('رائٹرز')).toBe('Reuters');
    expect(agencyNamed('סוכנות AP')).toBe('AP');
    expect(agencyNamed('סוכנות הידיעות רויטרס')).toBe('Reuters');
    expect(agencyNamed('وكالة رويترز')).toBe('Reuters');
    expect(agencyNamed('סוכנות הנסיעות')).toBeNull();
    expect(agencyNamed('خبرگزاری فرانسه')).toBe('AFP');
    expect(agencyNamed('اے ایف پی')).toBe('AFP');
    expect(agencyNamed('آسوشیتدپرس')).toBe('AP');
  });

  it('reads a Persian agency written with the Arabic yeh and kaf of a windows-1256 page, and an Arabic one typed with the Persian letters (rule "legacy yeh and kaf")', () => {
    expect(agencyNamed('ايرنا')).toBe('IRNA');
    expect(agencyNamed('ايسنا')).toBe('ISNA');
    expect(agencyNamed('تسنيم')).toBe('Tasnim');
    expect(agencyNamed('آسوشيتدپرس')).toBe('AP');
    expect(agencyNamed('ايران')).toBeNull();
    expect(findCreditedAgency('به گزارش ايرنا، بر اساس آمار گمرک ايران، صادرات فرش کاهش يافت.')).toBe('IRNA');
  });

  it('does not take ordinary words or names for agencies', () => {
    expect(agencyNamed('Jane Doe')).toBeNull();
    expect(agencyNamed('ap')).toBeNull();
    expect(agencyNamed('Reuters reported that')).toBeNull();
  });
});

describe('findCreditedAgency', () => {
  it('reads Lebanon\'s agency from the word it calls itself by, opening its copy before a dash, and not from the word inside a sentence', () => {
    expect(findCreditedAgency('وطنية - افتتح في مخيم عين الحلوة مركز جديد للرعاية الصحية الأولية.')).toBe('NNA');
    expect(findCreditedAgency('صيدا - وطنية - افتتح في المدينة مركز جديد للرعاية الصحية.')).toBe('NNA');
    expect(findCreditedAgency('أطلقت الوزارة حملة وطنية - بحسب بيانها - لتنظيف الشواطئ.')).toBeNull();
  });

  it('reads letters in brackets after the words they abbreviate as a defined name, not a credit', () => {
    const filler = ' Los estibadores siguieron la asamblea desde el muelle.'.repeat(12);
    expect(findCreditedAgency(`La empresa negocia con la Administración Nacional de Puertos (ANP) un plan para los despidos.${filler}`)).toBeNull();
    // The bracket near the end, its words before the stretch of closing text searched for credits.
    const closing = ' Los estibadores siguieron la asamblea desde el muelle.'.repeat(7);
    expect(findCreditedAgency(`${filler} El acuerdo lo firmó la Administración Nacional de Puertos (ANP).${closing}`)).toBeNull();
    expect(findCreditedAgency(`AMSTERDAM (ANP) - Het kabinet heeft besloten.${filler}`)).toBe('ANP');
  });

  it('reads an agency\'s initials in brackets after its full name as the name\'s abbreviation, not a credit (rule "abbreviation, not credit")', () => {
    const filler = ' The ministry said the first units would be running by the summer.'.repeat(8);
    expect(findCreditedAgency(`The plan was announced on Friday.\n\nThe ministry said in a statement carried by Agence France-Presse (AFP) that forty units would be built.${filler}`)).toBeNull();
    expect(findCreditedAgency(`أعلنت الوزارة البرنامج الجمعة.\n\nوقالت الوزارة في بيان نقلته وكالة أنباء الإمارات (وام) إن المرحلة الأولى تشمل أربعين وحدة.${filler}`)).toBeNull();
    // Another agency's name before the bracket, or a sentence's end, leaves the bracket a credit.
    expect(findCreditedAgency(`PARIS (AFP) - The plan was announced on Friday.${filler}`)).toBe('AFP');
    expect(findCreditedAgency(`${filler} The minister told Agence France-Presse. (AFP)`)).toBe('AFP');
  });

  it('reads letters in brackets that spell out the lower-case term before them as its abbreviation, not a credit', () => {
    const filler = ' The volunteers kept a diary of their meals for two years.'.repeat(10);
    expect(findCreditedAgency(`Fish oil rich in docosahexaenoic acid (DHA) may slow memory decline, a study finds.${filler}`)).toBeNull();
    expect(findCreditedAgency(`The test uses peptide nucleic acid (PNA) probes to find the virus in ten minutes.${filler}`)).toBeNull();
    // A dateline's place, and a credit after the sentence's end, spell out no term.
    expect(findCreditedAgency(`İSTANBUL (DHA) - Yangın sabah saatlerinde çıktı.${filler}`)).toBe('DHA');
    expect(findCreditedAgency(`${filler} Yangın söndürüldü. (DHA)`)).toBe('DHA');
  });

  it('finds datelines and closing credits', () => {
    expect(findCreditedAgency('PARIS (AFP) - The government said...')).toBe('AFP');
    expect(findCreditedAgency('موسكو (أ ف ب) - نقل حوالى سبعين جنديا')).toBe('AFP');
    expect(findCreditedAgency('First paragraph.\n\nLast paragraph. (رويترز)')).toBe('Reuters');
    expect(findCreditedAgency('Some story text here.\n\n- Reuters')).toBe('Reuters');
    expect(findCreditedAgency('Text of the story.\n\nالمصدر: أ ف ب')).toBe('AFP');
  });

  it('reads a parenthesised credit with its lead-in, written onto the last paragraph', () => {
    expect(findCreditedAgency('Premier paragraphe.\n\nLes passagers pourront se faire rembourser leur billet. (Avec AFP)')).toBe('AFP');
    expect(findCreditedAgency('Primer párrafo.\n\nEl gobierno no respondió. (Con información de EFE y Reuters)')).toBe('EFE');
    expect(findCreditedAgency('Premier paragraphe.\n\nIl est parti en vacances. (avec des amis)')).toBeNull();
  });

  it('reads the Maghreb agencies\' Arabic initials and an East Asian credit in full-width brackets', () => {
    expect(findCreditedAgency('وكانت الحكومة قد صادقت على المخطط في جانفي الماضي.\n\n(وأج)')).toBe('APS');
    expect(findCreditedAgency('وأكد الوزير أن الأشغال ستنطلق قريبا. (وات)')).toBe('TAP');
    expect(findCreditedAgency('道内では３人がけがをした。（共同）')).toBe('Kyodo');
    expect(findCreditedAgency('부산시가 16일 밝혔다. (연합뉴스)')).toBe('Yonhap');
    expect(findCreditedAgency('全省快递业务量同比增长21%。（新华社）')).toBe('Xinhua');
  });

  it('reads the Canadian and Malaysian agencies by the Chinese names the overseas Chinese press credits them with (rule "agencies in the overseas Chinese press")', () => {
    expect(findCreditedAgency('卑诗省自2021年起把最低工资与通胀率挂钩。（加通社）')).toBe('Canadian Press');
    expect(findCreditedAgency('交通部长在同一场合表示。（马新社）')).toBe('Bernama');
    expect(findCreditedAgency('交通部長在同一場合表示。（馬新社）')).toBe('Bernama');
  });

  it('reads the Ivorian and Congolese agencies in their datelines', () => {
    expect(findCreditedAgency('Bouaké, 03 déc 2026 (AIP) – Quelque 1 200 jeunes ont reçu leurs attestations.')).toBe('AIP');
    expect(findCreditedAgency('Kinshasa, 03 décembre 2026 (ACP).- Les travaux ont repris mercredi.')).toBe('ACP');
  });

  it('reads the Angolan and Mozambican agencies on a source line and in their datelines', () => {
    expect(findCreditedAgency('O troço está em fase final de testes.\n\nFonte: ANGOP')).toBe('ANGOP');
    expect(findCreditedAgency('Maputo, 4 Dez (AIM) – A campanha do caju arrancou esta semana.')).toBe('AIM');
  });

  it('reads the Mauritanian agency in its French dateline and by its Arabic name, and not the French word for a friend', () => {
    expect(findCreditedAgency("Nouakchott, 06 déc (AMI) - Le ministre a inauguré dimanche une unité de dessalement.")).toBe('AMI');
    expect(findCreditedAgency('وأكد الوزير أن الأشغال ستنطلق قريبا.\n\nالمصدر: الوكالة الموريتانية للأنباء')).toBe('AMI');
    expect(findCreditedAgency("Il l'a appris d'un ami (ami d'enfance) - rien de plus.")).toBeNull();
  });

  it('reads the other national agencies of French-speaking Africa in their datelines (rule "the region\'s other national agencies")', () => {
    expect(findCreditedAgency('Libreville, 4 décembre (AGP) – Les enseignants ont été reçus jeudi au ministère.')).toBe('AGP');
    expect(findCreditedAgency("Lomé, 5 déc. (ATOP) – Le port a franchi la barre des deux millions d'EVP.")).toBe('ATOP');
    expect(findCreditedAgency('Cotonou, 3 déc. (ABP) – La campagne cotonnière a démarré lundi.')).toBe('ABP');
    expect(findCreditedAgency('Ouagadougou, 2 déc. (AIB) – Le gouvernement a adopté le budget.')).toBe('AIB');
    expect(findCreditedAgency('Bamako, 2 déc (AMAP) – Les cours ont repris lundi.')).toBe('AMAP');
    expect(findCreditedAgency('Antananarivo, 5 déc (ANTA) – La Jirama a annoncé des délestages.')).toBe('ANTA');
    expect(agencyNamed('Agence de Presse Sénégalaise')).toBe('APS');
    expect(findCreditedAgency('Il a vu la Banta (anta) hier soir - rien de plus.')).toBeNull();
  });

  it('reads the Korean dateline that joins the place and the agency with an equals sign', () => {
    expect(findCreditedAgency('[서울=뉴시스]이준호 기자 = 서울시가 5일 새 자전거 도로 계획을 밝혔다.')).toBe('Newsis');
    expect(findCreditedAgency('(부산=연합뉴스) 김민수 기자 = 부산시가 16일 밝혔다.')).toBe('Yonhap');
    expect(findCreditedAgency('(서울=뉴스1) 박지현 기자 = 정부가 5일 발표했다.')).toBe('News1');
  });

  it('reads the Kurdish agency of Syria\'s north-east closing a Kurmanji story, and by its Arabic name (rule "Kurdish agencies")', () => {
    expect(findCreditedAgency('Tê payîn ku proje di nava çar mehan de bi dawî bibe.\n\n(ANHA)')).toBe('ANHA');
    expect(findCreditedAgency('افتتحت الإدارة مدرسة جديدة في كوباني.\n\n(وكالة هاوار)')).toBe('ANHA');
    // Rule "Kurmanji source": the source line's Kurmanji label.
    expect(findCreditedAgency('Pêşangeh dê heta 12’ê Kanûna Pêşîn vekirî bimîne.\n\nÇavkanî: ANHA')).toBe('ANHA');
    expect(findCreditedAgency('Proje dest pê kir.\n\nÇavkanî: Ajansa Nûçeyan a Hawarê')).toBe('ANHA');
  });

  it('reads the Turkish, Vietnamese and Philippine national agencies', () => {
    expect(findCreditedAgency('Belediye yeni bisiklet yolunu açtı.\n\nKaynak: İHA')).toBe('İHA');
    expect(findCreditedAgency('Belediye yeni bisiklet yolunu açtı. (DHA)')).toBe('DHA');
    expect(findCreditedAgency('Mặn xâm nhập sâu vào các tỉnh ĐBSCL. (Theo TTXVN)')).toBe('VNA');
    expect(findCreditedAgency('MANILA (PNA) -- The council approved the new port terminal on Tuesday.')).toBe('PNA');
  });

  it('reads the Philippine Information Agency in its dateline and at the foot (rule "the government\'s information agency")', () => {
    expect(findCreditedAgency('TAGBILARAN CITY, Dec. 4 (PIA) – The province opened two new clinics on Thursday.')).toBe('PIA');
    expect(findCreditedAgency('The province opened two new clinics on Thursday.\n\nSource: Philippine Information Agency')).toBe('PIA');
    expect(findCreditedAgency('The airline resumed its Lahore flights, Pakistan International Airlines (PIA) said.')).toBeNull();
  });

  it('reads Italy\'s, Brazil\'s and Polish Radio\'s agencies, and EFE\'s Arabic service', () => {
    expect(findCreditedAgency('Roma, 3 dic. (Adnkronos) - Il governo ha approvato il decreto.')).toBe('Adnkronos');
    expect(findCreditedAgency('Il governo ha approvato il decreto. (AGI)')).toBe('AGI');
    expect(agencyNamed('Agi')).toBeNull();
    expect(findCreditedAgency('SÃO PAULO, SP (FOLHAPRESS) - O governo anunciou um pacote de obras.')).toBe('Folhapress');
    expect(findCreditedAgency('O governo anunciou um pacote de obras.\n\nEstadão Conteúdo')).toBe('Estadão Conteúdo');
    expect(agencyNamed('Agencia Brasil')).toBe('Agência Brasil');
    expect(findCreditedAgency('Sejm przyjął ustawę.\n\nŹródło: IAR')).toBe('IAR');
    expect(findCreditedAgency('مدريد (إفي) - أعلنت الحكومة الإسبانية عن خطة جديدة.')).toBe('EFE');
    expect(findCreditedAgency('La sequía avanza en el sur.\n\nEFEverde')).toBe('EFE');
    expect(findCreditedAgency('O Governo aprovou o reforço.\n\nAgência Lusa')).toBe('Lusa');
    expect(findCreditedAgency('FRANKFURT (dpa-AFX) - Der Dax hat am Donnerstag zugelegt.')).toBe('dpa');
    expect(findCreditedAgency('Indeks WIG20 wzrósł o 1 proc. (PAP Biznes)')).toBe('PAP');
  });

  it('reads the named agency among the unnamed ones a credit adds (rule "named agency among agencies")', () => {
    expect(findCreditedAgency('ارتفعت أسعار النفط اليوم. (رويترز - وكالات)')).toBe('Reuters');
    expect(findCreditedAgency('El plan entra en vigor en enero. (EFE y agencias)')).toBe('EFE');
    expect(findCreditedAgency('El plan entra en vigor en enero. (agencias)')).toBeNull();
  });

  it('reads an agency\'s initials run onto the last sentence (rule "agency after the last sentence")', () => {
    expect(findCreditedAgency('El plan entrará en vigor en enero. EFE')).toBe('EFE');
    expect(findCreditedAgency('La seduta riprende alle 18. ANSA')).toBe('ANSA');
    expect(findCreditedAgency('The plan was backed by the EU. Reuters')).toBeNull();
    expect(findCreditedAgency('El plan entrará en vigor en enero. OTAN')).toBeNull();
  });

  it('reads a Chinese wire dateline, the agency run together with the place and the day it was filed, and a source line', () => {
    expect(findCreditedAgency('新华社武汉12月1日电 受强降雨影响，长江中下游多地水位持续上涨。')).toBe('Xinhua');
    expect(findCreditedAgency('中新社北京12月1日電 記者1日從有關部門獲悉。')).toBe('China News Service');
    expect(findCreditedAgency('中央社台北1日電 台北市政府今天宣布。')).toBe('CNA');
    // Rule "bracketed dateline with its reporters".
    expect(findCreditedAgency('（中央社記者陳怡君台南12日電）台南市今天新增3例本土病例。')).toBe('CNA');
    expect(findCreditedAgency('（中央社記者王揚宇、林沂鋒華盛頓11日專電）美國國務院今天表示。')).toBe('CNA');
    // A dateline of the paper's own bureau names no agency.
    expect(findCreditedAgency('本报北京12月1日电 记者从有关部门获悉。')).toBeNull();
    expect(findCreditedAgency('第一段。\n\n水利部门提醒沿江群众注意防范。\n来源：新华社')).toBe('Xinhua');
    // Rule "agency's website": the agency's copy credited to its website.
    expect(findCreditedAgency('第一段。\n\n水利部门提醒沿江群众注意防范。\n来源：新华网')).toBe('Xinhua');
    expect(agencyNamed('新華網')).toBe('Xinhua');
  });

  it('reads a dateline that names the place and then the agency', () => {
    expect(findCreditedAgency('الرياض - واس: افتتح أمير المنطقة معرض الكتاب.')).toBe('SPA');
    expect(findCreditedAgency('القاهرة - أ ش أ - أعلنت الحكومة خطة جديدة.')).toBe('MENA');
    expect(findCreditedAgency('PARIS – AFP – The government said on Monday.')).toBe('AFP');
    expect(findCreditedAgency('MADRID, 5 (EUROPA PRESS) El Gobierno aprobó este martes el proyecto de ley.')).toBe('Europa Press');
    expect(findCreditedAgency('Genève (ATS) - Le Conseil fédéral a adopté mardi le projet.')).toBe('SDA');
    // Arabic papers may set the story's first words straight after the agency, with no closing mark.
    expect(findCreditedAgency('الرياض - واس افتتح أمير المنطقة معرض الكتاب.')).toBe('SPA');
    expect(findCreditedAgency('دمشق - سانا أعلنت الحكومة خطة جديدة للنقل.')).toBe('SANA');
    expect(findCreditedAgency('القاهرة - أ ش أ أعلنت الحكومة خطة جديدة.')).toBe('MENA');
  });

  it('reads the national agencies of the Arab world in their datelines and credits', () => {
    expect(findCreditedAgency('المنامة - بنا: افتتح وزير الأشغال الجسر الجديد.')).toBe('BNA');
    expect(findCreditedAgency('المكلا - سبأ: وصلت الى الميناء شحنة وقود جديدة.')).toBe('Saba');
    expect(findCreditedAgency('بغداد - واع: أعلنت وزارة النقل افتتاح المطار.')).toBe('INA');
    expect(findCreditedAgency('الخرطوم - سونا - بدأ موسم الحصاد في الجزيرة.')).toBe('SUNA');
    expect(findCreditedAgency('طرابلس - وال: عقد المجلس اجتماعه الأول.')).toBe('LANA');
    expect(findCreditedAgency('First paragraph of the story.\n\nThe second and last paragraph. (WAFA)')).toBe('WAFA');
    expect(agencyNamed('وكالة الأنباء العمانية')).toBe('ONA');
    expect(agencyNamed('National News Agency')).toBe('NNA');
    // The words they share with ordinary Arabic count only as the whole of a credit, and their Latin initials that
    // are given names only in capitals.
    expect(findCreditedAgency('قال الوزير إن بنا حاجة إلى خطة جديدة للنقل، وإن العمانية فازت بالجائزة.')).toBeNull();
    expect(agencyNamed('Lana')).toBeNull();
    expect(agencyNamed('Wafa')).toBeNull();
  });

  it('reads the Maghreb agencies by their Arabic names as by their initials', () => {
    expect(agencyNamed('وكالة الأنباء الجزائرية')).toBe('APS');
    expect(agencyNamed('وكالة تونس إفريقيا للأنباء')).toBe('TAP');
    expect(agencyNamed('وكالة تونس افريقيا للانباء')).toBe('TAP');
    expect(agencyNamed('وكالة المغرب العربي للأنباء')).toBe('MAP');
  });

  it('reads an agency set with vowel signs as it reads it without (rule "voweled agency name")', () => {
    expect(agencyNamed('العُمانية')).toBe('ONA');
    expect(agencyNamed('وكالـة الأنباء الكويتية')).toBe('KUNA');
  });

  it('reads the agency after a place and a day in numbers (rule "dated dateline")', () => {
    expect(findCreditedAgency('رام الله 3-12-2026 وفا- بدأت البلدية أعمال تأهيل الشارع الرئيسي.')).toBe('WAFA');
    expect(findCreditedAgency('غزة 3/12/2026 وفا: افتتحت الوزارة مدرسة جديدة.')).toBe('WAFA');
    // A place and a day before a sentence that names no agency is no credit.
    expect(findCreditedAgency('رام الله 3-12-2026 شهدت المدينة - كما كل عام - معرضا للكتاب.')).toBeNull();
  });

  it('reads the agency after a slash joined to the place, closed by a slash or a colon (rule "slash joined to the place")', () => {
    expect(findCreditedAgency('بغداد/ واع/ قرر مجلس الوزراء تعطيل الدوام الرسمي يوم الأربعاء المقبل.')).toBe('INA');
    expect(findCreditedAgency('البصرة/ الأناضول: أعلنت الحكومة المحلية خطة جديدة.')).toBe('Anadolu');
    // A place and a paper's name are no agency's credit, nor a date written with slashes.
    expect(findCreditedAgency('بغداد/ الصباح/ قرر مجلس الوزراء تعطيل الدوام الرسمي.')).toBeNull();
    expect(findCreditedAgency('صدر في 5/12/2026 قرار مجلس الوزراء بتعطيل الدوام.')).toBeNull();
  });

  it('reads the agency set between slashes after the place and the day (rule "agency between slashes")', () => {
    expect(findCreditedAgency('مسقط في 1 ديسمبر /العُمانية/ افتتحت الوزارة اليوم ميناء الصيد البحري.')).toBe('ONA');
    // Dates and addresses put their slashes between digits and letters, not apart from them.
    expect(findCreditedAgency('صدر القرار بتاريخ 1/12/2026 ونشر على الموقع example.com/العمانية/ للعموم.')).toBeNull();
  });

  it('reads a Russian dateline that closes the agency with a full stop (rule "dateline closed by a full stop")', () => {
    expect(findCreditedAgency('МОСКВА, 2 дек — РИА Новости. Группа депутатов внесла законопроект о продлении программы.')).toBe('RIA Novosti');
    expect(findCreditedAgency('МОСКВА, 2 дек - Интерфакс. Правительство одобрило поправки в бюджет.')).toBe('Interfax');
    // An abbreviation's full stop after the dash closes no agency.
    expect(findCreditedAgency('WASHINGTON — U.S. officials said on Monday that the talks would resume next week.')).toBeNull();
  });

  it('does not take a place-led sentence for a credit when what follows the place is no agency', () => {
    expect(findCreditedAgency('Berlin - Die SPD-Fraktion: Der Antrag kommt am Freitag in den Bundestag.')).toBeNull();
    expect(findCreditedAgency('Paris - Reuters said on Monday that it would open a new bureau, and more text follows.')).toBeNull();
  });

  it('reads an agency whose regional service or editor adds initials in lower case', () => {
    expect(findCreditedAgency('Trier (dpa/lrs) - Wegen des Hochwassers ist die Schifffahrt auf der Mosel eingestellt.')).toBe('dpa');
    expect(findCreditedAgency('Düsseldorf (dpa/lnw) - Der Landtag hat am Mittwoch den Haushalt beschlossen.')).toBe('dpa');
    // Initials alone name no agency.
    expect(findCreditedAgency('Trier (mb/lrs) - Wegen des Hochwassers ist die Schifffahrt auf der Mosel eingestellt.')).toBeNull();
  });

  it('reads the national agencies of Central and Eastern Europe under their source labels', () => {
    expect(findCreditedAgency('Az új árak április 1-jén lépnek életbe.\n\nForrás: MTI')).toBe('MTI');
    expect(findCreditedAgency('ئۈرۈمچىدە بۈگۈن قار ياغدى.\n\nمەنبە: شىنخۇا')).toBe('Xinhua');
    expect(findCreditedAgency('لە هەولێر باران باری.\n\nسەرچاوە: AFP')).toBe('AFP');
    expect(findCreditedAgency('Το εισιτήριο θα κοστίζει 1,20 ευρώ.\n\nΠηγή: ΑΠΕ-ΜΠΕ')).toBe('ANA-MPA');
    expect(findCreditedAgency('Vlada je u srijedu usvojila proračun.\n\nIzvor: HINA')).toBe('HINA');
    // Serbian in Cyrillic: the label and the agency both.
    expect(findCreditedAgency('Влада је у среду усвојила буџет.\n\nИзвор: Танјуг')).toBe('Tanjug');
    // The Baltic labels.
    expect(findCreditedAgency('Uus bussivõrk jõustub juunis.\n\nAllikas: BNS')).toBe('BNS');
    expect(findCreditedAgency('Budžets stāsies spēkā janvārī.\n\nAvots: LETA')).toBe('LETA');
    expect(findCreditedAgency('Pataisas dar turi pasirašyti Prezidentas.\n\nŠaltinis: ELTA')).toBe('ELTA');
    // Slovenian "Vir:" (source).
    expect(findCreditedAgency('Most so odprli v ponedeljek.\n\nVir: STA')).toBe('STA');
    // The region's private agencies: Slovakia's SITA and Serbia's Beta (written as a word only after a source label,
    // "Sita" being a given name and "Beta" a word), Serbia's FoNet, Romania's Mediafax and News.ro.
    expect(findCreditedAgency('Mesto na nočnú dopravu vyčlenilo 380-tisíc eur.\n\nZdroj: SITA')).toBe('SITA');
    expect(agencyNamed('Sita')).toBeNull();
    expect(agencyNamed('FoNet')).toBe('FoNet');
    expect(agencyNamed('Beta')).toBeNull();
    expect(agencyNamed('Beta', true)).toBe('BETA');
    expect(findCreditedAgency('Docker Desktop for Linux (Beta) is now available for you to test.')).toBeNull();
    expect(findCreditedAgency('Primăria va relua procedura în primăvară.\n\nSursa: MEDIAFAX')).toBe('Mediafax');
    expect(agencyNamed('News.ro')).toBe('News.ro');
    expect(agencyNamed('Танјуг')).toBe('Tanjug');
    expect(agencyNamed('Hina')).toBeNull();
  });

  it('reads the Albanian initials of Albania\'s agency and Moldova\'s agency in their datelines', () => {
    expect(findCreditedAgency('Tiranë, 5 dhjetor /ATSH/ - Këshilli i Ministrave miratoi sot paketën e re.')).toBe('ATA');
    expect(findCreditedAgency('Chișinău, 5 decembrie /MOLDPRES/. Guvernul a aprobat compensațiile la energie.')).toBe('Moldpres');
    expect(agencyNamed('Moldpres')).toBe('Moldpres');
  });

  it('reads Moldova\'s private agencies from the source line that closes their copy', () => {
    expect(findCreditedAgency('Bugetul urmează să fie votat în a doua lectură.\n\nSursa: IPN')).toBe('IPN');
    expect(agencyNamed('Info-Prim Neo')).toBe('IPN');
    expect(agencyNamed('Инфотаг')).toBe('Infotag');
  });

  it('reads the agencies of Kosovo, Republika Srpska, Montenegro and Bulgaria\'s private one, and their initials only in capitals', () => {
    expect(findCreditedAgency('Opština je usvojila budžet za narednu godinu.\n\nIzvor: SRNA')).toBe('SRNA');
    expect(agencyNamed('СРНА')).toBe('SRNA');
    expect(agencyNamed('Srna')).toBeNull();
    expect(agencyNamed('MINA')).toBe('MINA');
    expect(agencyNamed('Mina')).toBeNull();
    expect(agencyNamed('KosovaPress')).toBe('KosovaPress');
    expect(agencyNamed('БГНЕС')).toBe('BGNES');
  });

  it('reads Belarus\'s agency, and the agency that closes the lead after its reporting verb in Belarusian, Bulgarian, Kyrgyz and Kazakh', () => {
    expect(agencyNamed('БелТА')).toBe('BelTA');
    expect(findCreditedAgency('Источник: БЕЛТА')).toBe('BelTA');
    expect(findCreditedAgency('У Гродне адкрылі новы корпус бальніцы, паведамляе БелТА.\n\nБудаўніцтва працягвалася тры гады.')).toBe('BelTA');
    expect(findCreditedAgency('Общината пуска безплатен транспорт, съобщава БТА.\n\nМярката ще струва 1,2 млн. лева.')).toBe('BTA');
    expect(findCreditedAgency('Ош шаарында жаңы бала бакча ачылды, деп кабарлайт Кабар.\n\nИмаратта 12 топ бар.')).toBe('Kabar');
    expect(findCreditedAgency('Қарағандыда жаңа мектеп ашылды, деп хабарлайды ҚазАқпарат.')).toBe('Kazinform');
    // The verb without its quoting word is a sentence about the news, not the lead's credit.
    expect(findCreditedAgency('Кабар кабарлайт: Ош шаарында жаңы бала бакча ачылды.')).toBeNull();
  });

  it('reads the agency that closes the lead in Georgian, quoted after its verb, and in Azerbaijani, before its verb (rule "agency as the lead\'s reporter")', () => {
    expect(findCreditedAgency('ფოთის პორტში ახალი ტერმინალი გაიხსნა, იტყობინება „ინტერპრესნიუსი“.\n\nტერმინალი წელიწადში მილიონ ტონას მიიღებს.')).toBe('Interpressnews');
    expect(findCreditedAgency('Lənkəranda yeni məktəb açılıb, Report xəbər verir.\n\nMəktəbdə 600 şagird oxuyacaq.')).toBe('Report');
    expect(findCreditedAgency('Şamaxıda yeni yol tikilir, APA məlumat verir.')).toBe('APA');
    // A report the lead's sentence names in passing is no credit.
    expect(findCreditedAgency('Nazirlik hesabat açıqlayıb, yeni hesabat Report xəbər verir ki, hazırlanır.')).toBeNull();
  });

  it('reads Interfax\'s head, the place and the day closed by full stops, crediting its site or its regional service (rules "place and day closed by full stops", "agency credited by its website")', () => {
    expect(findCreditedAgency('Москва. 3 декабря. INTERFAX.RU - Правительство утвердило план.')).toBe('Interfax');
    expect(findCreditedAgency('Бердск. 3 декабря. INTERFAX-SIBERIA.RU - Подача воды восстановлена.')).toBe('Interfax');
    expect(findCreditedAgency('Екатеринбург. 3 декабря. ИНТЕРФАКС-УРАЛ - Трамваи пустят в объезд.')).toBe('Interfax');
    expect(agencyNamed('INTERFAX.KZ')).toBe('Interfax');
    // A head whose credit names no agency credits none; nor does a site's address that is no agency's.
    expect(findCreditedAgency('Москва. 3 декабря. Наш корреспондент - Правительство утвердило план.')).toBeNull();
    expect(agencyNamed('GAZETA.RU')).toBeNull();
  });

  it('ignores agencies mentioned inside sentences', () => {
    expect(findCreditedAgency('The minister told Reuters on Monday that the talks had failed, and more text follows here.')).toBeNull();
  });
});

describe('the source an article\'s info row names', () => {
  const prose = '<p>The ministry said on Tuesday that the new reservoir would hold enough water for the region through the dry season and beyond.</p>';
  const wireOf = (article: string, after = '') => extract(`<!doctype html><html><head><title>Reservoir</title></head><body>
    <article><h1>Reservoir opens</h1>${article}</article>${after}</body></html>`, { now: new Date('2026-12-01T00:00:00Z') }).wireSource;

  it.each([
    ['Arabic, beside the date', '<div class="css-meta8u"><span>المصدر: أ ف ب</span><span>17 كانون الثاني 2024</span></div>' + prose, 'AFP'],
    ['Russian, under the text', `${prose}<div class="news-detail__prop">Источник:&nbsp;ТАСС</div>`, 'TASS'],
    ['Chinese, after the dateline', `<div class="info"><span>2024-03-12 14:30</span> <span class="source">来源：<a href="/">新华社</a></span></div>${prose}`, 'Xinhua'],
    ['Hungarian, after the writer', `<div class="info"><span class="author">Szerző: Tóth Bence</span> / <span class="source">Forrás: MTI</span></div>${prose}`, 'MTI'],
  ])('reads the agency of a labelled source line in %s', (_where, article, agency) => {
    expect(wireOf(article)).toBe(agency);
  });

  it('reads the agency an info row credits after the lead-in alone, and no one from a lead-in before other words (rule "agency after its lead-in alone")', () => {
    expect(wireOf(`<div class="info"><span class="source">Avec MAP</span> <span>Publié le : 13/06/2024 à 15h20</span></div>${prose}`)).toBe('MAP');
    expect(wireOf(`<div class="firma"><span>Con EFE</span></div>${prose}`)).toBe('EFE');
    expect(wireOf(`<div class="info"><span>Avec des amis</span></div>${prose}`)).toBeNull();
  });

  it('reads the agency of a byline row\'s labelled agency field, and no one from a field that names none (rule "agency\'s own field")', () => {
    expect(wireOf(`<div class="story-byline"><span>लेखक: <a href="/author/a">अंकित शर्मा</a></span> <span>एजेंसी: पीटीआई</span> <span>06 दिसंबर 2026</span></div>${prose}`)).toBe('PTI');
    expect(wireOf(`<div class="info"><span>Agencia: EFE</span></div>${prose}`)).toBe('EFE');
    expect(wireOf(`<div class="info"><span>Agency: Harbour Creative</span></div>${prose}`)).toBeNull();
  });

  it('reads the agency of a source line that gives the dateline, the place and the agency, and no one from a place alone (rule "dateline in the source row")', () => {
    expect(wireOf(`<div class="story-meta"><span class="source">المصدر: دبي - وام</span><span>تاريخ النشر: 03 ديسمبر 2026</span></div>${prose}`)).toBe('WAM');
    expect(wireOf(`<div class="info"><span>المصدر: الرياض - واس</span></div>${prose}`)).toBe('SPA');
    expect(wireOf(`<div class="info"><span>المصدر: دبي - مكتب التحرير</span></div>${prose}`)).toBeNull();
    expect(wireOf(`<div class="info"><span>المصدر: دبي</span></div>${prose}`)).toBeNull();
  });

  it('reads no agency from a source line that names none, or from a teaser list\'s', () => {
    expect(wireOf(`<div class="info">Source: Harbour Council press office</div>${prose}`)).toBeNull();
    expect(wireOf(prose, '<aside class="sidebar"><ul><li><a href="/a">Dam plans</a> <span>Source: Reuters</span></li></ul></aside>')).toBeNull();
  });

  it.each([
    ['a French desk in words', '<div class="meta">Rédaction en ligne avec Belga</div>', 'Belga'],
    ['a French desk with its article', '<div class="meta">La rédaction avec AFP</div>', 'AFP'],
    ['a German desk', '<div class="meta">Von der Redaktion mit dpa</div>', 'dpa'],
    ['a Spanish desk and a slash', '<div class="meta">Redacción / EFE</div>', 'EFE'],
    ['a Catalan desk and a slash', '<div class="meta">Redacció / ACN</div>', 'ACN'],
  ])('reads the agency a desk\'s credit under the headline names, with no date beside it: %s (rule "desk and agency in the writer\'s place")', (_what, credit, agency) => {
    expect(wireOf(credit + prose)).toBe(agency);
  });

  it('reads the agency in the writer\'s place before a row that labels the day and the clock as fields (rule "date and time fields")', () => {
    expect(wireOf(`<div class="details"><div class="src">ΚΥΠΕ</div><div class="dt">Ημερομηνία: 04/12/2026 | Ώρα: 11:05</div></div>${prose}`)).toBe('CNA');
    expect(wireOf(`<div class="details"><div class="src">ΚΥΠΕ</div><div class="dt">Fecha: 04/12/2026 | Hora: 11:05</div></div>${prose}`)).toBe('CNA');
  });

  it('reads no agency from a desk\'s credit that names none', () => {
    expect(wireOf(`<div class="meta">Rédaction en ligne</div>${prose}`)).toBeNull();
    expect(wireOf(`<div class="meta">La rédaction avec nos partenaires</div>${prose}`)).toBeNull();
  });

  it('reads an agency listed as an entry of its own after the writer in the byline box', () => {
    const byline = '<div class="b8"><div class="b8-n"><span>Av <a href="/av/jane-doe">Jane Doe</a></span> <span>Reporter</span></div><div class="b8-n"><span><a href="/av/tt">TT</a></span></div></div>';
    expect(wireOf(byline + prose)).toBe('TT');
  });

  it('reads an agency whose entry opens with the mark that parts it from the writer\'s (rule "mark before the agency\'s box")', () => {
    expect(wireOf(`<div class="article__byline"><span class="author">Jenni Kallio</span> <span class="agency">| STT</span></div>${prose}`)).toBe('STT');
    expect(wireOf(`<div class="byline"><span>Av Kari Lund</span> <span>/ NTB</span></div>${prose}`)).toBe('NTB');
  });

  it('reads the Finnish agency by its Swedish initials, as Finland-Swedish papers credit its copy', () => {
    expect(wireOf(`<div class="news-info"><span class="news-author">FNB</span> <span>Publicerad 5.12.2026 14:20</span></div>${prose}`)).toBe('FNB');
  });

  it('reads no agency from a picture\'s credit after the byline, or from an entry after a line that is no byline', () => {
    expect(wireOf(`<div class="by">By Jane Doe</div><figure><img src="/harbour.jpg" alt=""><span>AFP</span></figure>${prose}`)).toBeNull();
    expect(wireOf(`<div class="k"><div>World news</div><div>AFP</div></div>${prose}`)).toBeNull();
  });

  it('reads the Pakistani agency in an Urdu dateline', () => {
    expect(findCreditedAgency('اسلام آباد (اے پی پی) وفاقی حکومت نے نئے ڈیم کی منظوری دے دی ہے۔')).toBe('APP');
  });

  it('reads the agency a Persian story\'s opening report credit quotes (rule "Persian report lead")', () => {
    const rest = ' مدیرکل منابع طبیعی استان گفت که عملیات اجرایی طرح از این هفته آغاز شده است.';
    expect(findCreditedAgency(`به گزارش کویر امروز به نقل از ایرنا،${rest}`)).toBe('IRNA');
    expect(findCreditedAgency(`به گزارش خبرنگار ایسنا،${rest}`)).toBe('ISNA');
    expect(findCreditedAgency(`خلاصه خبر.\nبه گزارش اقتصاد نوین به نقل از خبرگزاری تسنیم،${rest}`)).toBe('Tasnim');
    expect(findCreditedAgency(`به گزارش کویر امروز،${rest}`)).toBeNull();
  });
});

describe('the agency before a Hebrew stamp (rule "Hebrew weekdays")', () => {
  const page = (stamp: string) => `<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>שיפוץ הספרייה העירונית הסתיים</title></head>
<body><article><h1>שיפוץ הספרייה העירונית הסתיים</h1>
<div class="meta"><span class="src">רויטרס</span> <span class="sep">|</span> <span class="when">${stamp}</span></div>
<div class="text"><p>הספרייה העירונית נפתחה מחדש הבוקר אחרי שיפוץ שנמשך שנתיים, ובטקס השתתפו מאות תושבים.</p>
<p>באגף החדש יש אולם קריאה לילדים, חדר מחשבים ומרפסת פתוחה שצופה אל הנמל.</p></div></article></body></html>`;

  it('reads the credit before a weekday, the Hebrew-calendar date and the civil date as the wire', () => {
    for (const stamp of [`יום א', כ"ו בכסלו תשפ"ז, 06/12/26 13:05`, `יום ראשון, 06/12/26 13:05`, `יום ו׳ 04.12.2026 09:40`]) {
      expect(extract(page(stamp), { url: 'https://news.example/a/1', now: new Date('2026-12-07T00:00:00Z') }).wireSource).toBe('Reuters');
    }
  });
});
