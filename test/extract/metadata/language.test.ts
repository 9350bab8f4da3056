import { detectTextLanguage, isRightToLeft, isWrittenRightToLeft, normalizeLanguageTag, resolveLanguage, textDirection } from '../../../lambdas/extract/language';

const ENGLISH = 'The government said on Monday that the road would be closed for the rest of the week, and that it was working with the police to find a solution for the people who live there.';
const GERMAN = 'Die Regierung hat am Montag mitgeteilt, dass die Straße für den Rest der Woche gesperrt wird und dass sie mit der Polizei an einer Lösung für die Menschen arbeitet, die dort wohnen.';
const FRENCH = 'Le gouvernement a annoncé lundi que la route sera fermée pour le reste de la semaine et qu\'il travaille avec la police pour trouver une solution pour les habitants qui sont dans la région.';
const SPANISH = 'El gobierno dijo el lunes que la carretera estará cerrada durante el resto de la semana y que trabaja con la policía para encontrar una solución para los vecinos que viven allí.';
const ARABIC = 'نقل حوالى سبعين جنديا من الجيش الليبي الموالي للسلطات غير المعترف بها في شرق ليبيا التي تشهد فوضى هذا الاسبوع الى روسيا للعلاج حسب ما اعلن متحدث باسم الجيش';
const PERSIAN = 'دولت روز دوشنبه اعلام کرد که این جاده برای بقیه هفته بسته خواهد بود و با پلیس برای پیدا کردن راه حلی برای مردمی که آنجا زندگی می‌کنند همکاری می‌کند';
const JAPANESE = '政府は月曜日、道路は今週いっぱい閉鎖されると発表し、そこに住む人々のための解決策を見つけるために警察と協力していると述べました。';
const CHINESE = '政府星期一表示，这条道路将在本周余下时间关闭，并正在与警方合作，为住在那里的人们寻找解决方案。这是一个重要的决定。';
const RUSSIAN = 'Правительство в понедельник заявило, что дорога будет закрыта до конца недели и что оно работает с полицией над решением для жителей.';
// Languages that share most of their function words with a neighbour, and others with lists of their own.
const DANISH = 'Regeringen vedtog onsdag en ny lov, der udvider støtten til varmepumper betydeligt. Kritikere påpeger dog, at finansieringen endnu ikke er sikret, og at kommunerne har brug for mere tid, end loven giver dem.';
const NORWEGIAN = 'Regjeringen vedtok onsdag en ny lov som utvider støtten til varmepumper betydelig. Kritikere påpeker imidlertid at finansieringen ennå ikke er sikret, og at kommunene trenger mer tid enn loven gir dem.';
const SWEDISH = 'Regeringen antog på onsdagen en ny lag som kraftigt utökar stödet till värmepumpar. Kritiker påpekar dock att finansieringen ännu inte är säkrad och att kommunerna behöver mer tid än lagen ger dem.';
const CZECH = 'Vláda ve středu schválila nový zákon, který výrazně rozšiřuje podporu tepelných čerpadel. Kritici však upozorňují, že financování zatím není zajištěno a obce potřebují více času, protože jejich rozpočty jsou už teď napjaté.';
const SLOVAK = 'Vláda v stredu schválila nový zákon, ktorý výrazne rozširuje podporu tepelných čerpadiel. Kritici však upozorňujú, že financovanie ešte nie je zabezpečené a obce potrebujú viac času, pretože ich rozpočty sú už teraz napäté.';
const CATALAN = 'El Govern va aprovar dimecres una nova llei que amplia els ajuts per a la compra de bombes de calor. Tanmateix, els crítics assenyalen que el finançament encara no està garantit i que els municipis necessiten més temps.';
const SLOVENIAN = 'Vlada je v sredo sprejela nov zakon, ki bistveno razširja podporo za toplotne črpalke. Kritiki pa opozarjajo, da financiranje še ni zagotovljeno in da občine potrebujejo več časa, saj so njihovi proračuni že zdaj napeti.';
const CROATIAN = 'Vlada je u srijedu usvojila novi zakon koji značajno proširuje potporu za dizalice topline. Kritičari ipak upozoravaju da financiranje još nije osigurano i da je općinama potrebno više vremena jer su njihovi proračuni već napeti.';
const LITHUANIAN = 'Vyriausybė trečiadienį priėmė naują įstatymą, kuris gerokai išplečia paramą šilumos siurbliams. Tačiau kritikai pažymi, kad finansavimas dar nėra užtikrintas ir savivaldybėms reikia daugiau laiko, nes jų biudžetai jau dabar yra įtempti.';
const LATVIAN = 'Valdība trešdien pieņēma jaunu likumu, kas ievērojami paplašina atbalstu siltumsūkņiem. Tomēr kritiķi norāda, ka finansējums vēl nav nodrošināts un pašvaldībām ir vajadzīgs vairāk laika, jo to budžeti jau tagad ir saspringti.';
const ESTONIAN = 'Valitsus võttis kolmapäeval vastu uue seaduse, mis laiendab oluliselt soojuspumpade toetust. Kriitikud märgivad aga, et rahastus ei ole veel tagatud ja omavalitsused vajavad rohkem aega, sest nende eelarved on juba praegu pingelised.';
const ICELANDIC = 'Ríkisstjórnin samþykkti á miðvikudag ný lög sem auka verulega stuðning við varmadælur. Gagnrýnendur benda þó á að fjármögnunin sé ekki enn tryggð og að sveitarfélögin þurfi meiri tíma, því fjárhagsáætlanir þeirra eru þegar þröngar.';
const VIETNAMESE = 'Người đàn ông 58 tuổi bị đau lưng kéo dài nhiều tháng, bác sĩ phát hiện một khối u nhỏ ở cột sống. Sau ca mổ kéo dài ba giờ, bệnh nhân đã có thể đi lại bình thường và được xuất viện vào cuối tuần.';
const INDONESIAN = 'Pemerintah mengatakan bahwa jalan itu akan ditutup sampai akhir pekan karena ada perbaikan, dan polisi bisa membantu warga yang tinggal di sana. Setelah itu, jalan akan dibuka lagi untuk umum.';
const MALAY = 'Kerajaan berkata bahawa jalan itu akan ditutup sehingga hujung minggu kerana ada kerja pembaikan, dan polis boleh membantu penduduk yang tinggal di sana. Selepas itu, jalan akan dibuka semula kepada orang ramai.';
const BENGALI = 'সরকার সোমবার জানিয়েছে যে সপ্তাহের বাকি দিনগুলোতে সড়কটি বন্ধ থাকবে এবং সেখানে বসবাসকারী মানুষের জন্য সমাধান খুঁজতে পুলিশের সঙ্গে কাজ করছে।';
const TAMIL = 'இந்த வாரம் முழுவதும் சாலை மூடப்பட்டிருக்கும் என்றும், அங்கு வசிக்கும் மக்களுக்கு தீர்வு காண காவல்துறையுடன் இணைந்து செயல்படுவதாகவும் அரசு திங்கள்கிழமை தெரிவித்தது.';
const GEORGIAN = 'მთავრობამ ორშაბათს განაცხადა, რომ გზა კვირის ბოლომდე დაიკეტება და პოლიციასთან ერთად მუშაობს იქ მცხოვრები ადამიანებისთვის გამოსავლის მოსაძებნად.';
const SORANI = 'شارەوانی سلێمانی ڕایگەیاند، ئەمڕۆ کاری پرۆژەی نوێکردنەوەی بازاڕی گەورەی شار دەستی پێکرد کە چاوەڕوان دەکرێت ماوەی دوو ساڵ بخایەنێت.';
/** Three paragraphs of the same text: about as much as a short article gives the check. */
const article = (text: string) => [text, text, text].join('\n\n');

describe('detectTextLanguage', () => {
  it.each([
    ['en', ENGLISH], ['de', GERMAN], ['fr', FRENCH], ['es', SPANISH], ['ar', ARABIC], ['fa', PERSIAN],
    ['ja', JAPANESE], ['zh', CHINESE], ['ru', RUSSIAN],
  ])('detects %s', (language, text) => expect(detectTextLanguage(text)?.language).toBe(language));

  it('tells Sorani Kurdish from Persian by the letters Persian never writes (rule "Sorani letters")', () => {
    expect(detectTextLanguage(SORANI)?.language).toBe('ckb');
  });

  it.each([
    ['ps', 'د بهرنیو چارو وزیر وویل چې خبرې اترې به راتلونکې اونۍ په پلازمینه کې دوام ومومي او دواړو خواوو د امنیت او اقتصاد په اړه پر څو مهمو ټکو موافقه کړې ده.'],
    ['sd', 'پرڏيهي وزير چيو ته ڳالهيون ايندڙ هفتي گاديءَ واري هنڌ ۾ جاري رهنديون ۽ ٻنهي ڌرين سلامتي ۽ معيشت بابت ڪيترن ئي اهم نقطن تي اتفاق ڪيو آهي.'],
    ['ug', 'تاشقى ئىشلار مىنىستىرى سۆھبەتلەرنىڭ كېلەر ھەپتە پايتەختتە داۋاملىشىدىغانلىقىنى ۋە ئىككى تەرەپنىڭ بىر قانچە مۇھىم مەسىلىدە كېلىشكەنلىكىنى ئېيتتى.'],
  ])('tells %s by the letters of its own that Persian, Urdu and Sorani never write (rule "Pashto, Sindhi and Uyghur letters")', (language, text) => {
    expect(detectTextLanguage(text)?.language).toBe(language);
  });

  it('reads Malay written in Jawi as Malay, and keeps a Jawi page\'s declared "ms-Arab" (rule "Jawi letters")', () => {
    const jawi = 'كواله ترڠݢانو: سرامي 120 ڤلاجر سکوله منڠه منريما بنتوان ڤرسکولهن درڤد کراجأن نڬري ڤد مجليس يڠ دأدقن د دوان بندرايا ڤاݢي تادي. ڤڠاره ڤنديديقن بركات، بنتوان ايت اکن دسالورکن ستياڤ تاهون کڤد ڤلاجر يڠ ممرلوکنڽ.';
    expect(detectTextLanguage(jawi)?.language).toBe('ms');
    expect(resolveLanguage('ms-Arab', jawi)).toBe('ms-Arab');
  });

  it.each([
    ['sw', 'Waziri wa Mambo ya Nje alisema mazungumzo yataendelea wiki ijayo katika mji mkuu na pande zote mbili zimekubaliana kuhusu mambo kadhaa muhimu ya usalama.'],
    ['ha', 'Ministan ya ce tattaunawar za ta ci gaba a mako mai zuwa a babban birnin kasar, kuma bangarorin biyu sun amince kan wasu muhimman batutuwa.'],
    ['so', 'Wasiirka ayaa sheegay in wadahadallada ay sii socon doonaan toddobaadka soo socda ee caasimadda, isla markaana labada dhinac ay ku heshiiyeen qodobo muhiim ah.'],
    ['sq', 'Ministri tha se bisedimet do të vazhdojnë javën e ardhshme në kryeqytet dhe se të dyja palët kanë rënë dakord për disa pika të rëndësishme.'],
    ['az', 'Nazir bildirib ki, danışıqlar gələn həftə paytaxtda davam edəcək və hər iki tərəf bir neçə mühüm məsələ üzrə razılığa gəlib.'],
    ['tl', 'Sinabi ng ministro na magpapatuloy ang mga pag-uusap sa susunod na linggo sa kabisera at nagkasundo ang dalawang panig sa ilang mahahalagang punto.'],
  ])('detects %s by its function words (rule "Africa\'s and the Philippines\' news languages")', (language, text) => {
    expect(detectTextLanguage(`${text} ${text}`)?.language).toBe(language);
  });

  it.each([
    ['da', DANISH], ['no', NORWEGIAN], ['sv', SWEDISH], ['cs', CZECH], ['sk', SLOVAK], ['ca', CATALAN], ['sl', SLOVENIAN],
    ['hr', CROATIAN], ['lt', LITHUANIAN], ['lv', LATVIAN], ['et', ESTONIAN], ['is', ICELANDIC], ['vi', VIETNAMESE],
    ['id', INDONESIAN], ['ms', MALAY],
  ])('tells %s from the languages closest to it, clearly enough to overrule markup', (language, text) => {
    const detected = detectTextLanguage(article(text));
    expect(detected?.language).toBe(language);
    expect(detected?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('finds a close language unclear when none of its telling words occur', () => {
    // Words Danish and Norwegian write alike: nothing tells the two apart.
    const shared = 'Det er en god dag for alle som har tid, og det er ikke for sent at komme med til den store fest, men det var om natten.';
    expect(detectTextLanguage(article(shared))?.confidence).toBeLessThan(0.6);
  });

  it.each([['bn', BENGALI], ['ta', TAMIL], ['ka', GEORGIAN]])('detects %s by its own script', (language, text) => {
    expect(detectTextLanguage(article(text))?.language).toBe(language);
  });

  it('declines to guess from too little text', () => {
    expect(detectTextLanguage('OK')).toBeNull();
  });

  it('reads words between emoji and other characters outside the basic plane as it reads them between spaces', () => {
    const spaced = ENGLISH.replace(/ /g, ' \u{1F600} ');
    expect(detectTextLanguage(spaced)).toEqual(detectTextLanguage(ENGLISH));
  });

  it('counts letters outside the basic plane towards the total', () => {
    // 𝐀 (mathematical bold A) is a letter of no counted script: 200 of them leave English under half of the letters.
    expect(detectTextLanguage(`${'\u{1D400}'.repeat(200)} ${ENGLISH}`)).toBeNull();
  });
});

describe('isWrittenRightToLeft', () => {
  it('tells a headline\'s script from its few words, where detecting its language needs more', () => {
    expect(isWrittenRightToLeft('بارش برف در گردنه‌های شمالی')).toBe(true);
    expect(isWrittenRightToLeft('עפולה: מפעל השבבים החדש')).toBe(true);
    expect(isWrittenRightToLeft('Ajman to open 14km cycling track')).toBe(false);
    expect(isWrittenRightToLeft('2026 — 14:30')).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('keeps a declared tag the text agrees with, region included', () => {
    expect(resolveLanguage('en-GB', ENGLISH)).toBe('en-GB');
  });

  it('lets the text overrule markup it clearly contradicts', () => {
    expect(resolveLanguage('en', ARABIC)).toBe('ar');
    expect(resolveLanguage('en-US', GERMAN)).toBe('de');
  });

  it('overrules a template\'s lang="en" on pages in languages that share their function words with a neighbour', () => {
    expect(resolveLanguage('en', article(DANISH))).toBe('da');
    expect(resolveLanguage('en-US', article(NORWEGIAN))).toBe('no');
    expect(resolveLanguage('en', article(CZECH))).toBe('cs');
    expect(resolveLanguage('en', article(VIETNAMESE))).toBe('vi');
  });

  it('reads Spanish as Spanish though its commonest words are Romanian, Dutch and Turkish ones too, and overrules lang="en" on it', () => {
    const spanish = 'La reunión de la junta de vecinos en la sede de la alcaldía terminó tarde. La propuesta de la comisión de obras fue aprobada en la votación de la noche, y la reparación de la calle empezará en la primavera, según la nota de prensa de la municipalidad.';
    expect(detectTextLanguage(spanish)?.language).toBe('es');
    const withItsLetters = 'El año pasado la compañía de agua subió la tarifa. ¿Quién paga la reparación de la red? La señora Muñoz, portavoz de la asociación de vecinos, dijo que la subida es injusta y que la empresa debe pagar la obra con sus propios fondos.';
    expect(resolveLanguage('en', withItsLetters)).toBe('es');
  });

  it('overrules lang="en" on a Turkish text, whose agglutinated words leave few function words, when its own letters back them', () => {
    const turkish = 'Belediye meclisi salı günü yapılan toplantıda liman duvarının yeniden inşa edilmesine karar verdi. Fırtınalar geçen kış duvarı iki kez yıktı ve balıkçı tekneleri güney havuzuna taşındı. Mühendisler temellerin incelenmesini tamamladığında onarım başlayacak ve maliyet liman idaresiyle paylaşılacak.';
    expect(resolveLanguage('en', turkish)).toBe('tr');
  });

  it('takes the language whose own letters the text holds over a neighbour that only its shared short words put first', () => {
    const polish = 'Na posiedzeniu za zamkniętymi drzwiami po długiej debacie od rana radni przyjęli uchwałę o budżecie na przyszły rok. Za uchwałą głosowało dwudziestu radnych, a po głosowaniu burmistrz podziękował za współpracę.';
    expect(detectTextLanguage(polish)?.language).toBe('pl');
  });

  it('keeps a declared language the text check does not know, even where the text reads as a neighbour', () => {
    const indonesianLike = 'Pemerintah pada hari Rabu mengesahkan undang-undang baru yang memperluas dukungan untuk pompa panas secara signifikan. Namun, para kritikus menilai pendanaannya belum terjamin dan pemerintah daerah membutuhkan lebih banyak waktu.';
    expect(resolveLanguage('ms', article(indonesianLike))).toBe('ms');
    expect(resolveLanguage('nb-NO', article(NORWEGIAN))).toBe('nb-NO');
  });

  it('keeps a declared language against the detection of a close neighbour', () => {
    expect(resolveLanguage('da', article(NORWEGIAN))).toBe('da');
    expect(resolveLanguage('sk', article(CZECH))).toBe('sk');
  });

  it('overrules a template\'s lang="en" on a page written in a single-language script, and keeps a neighbour that shares it', () => {
    expect(resolveLanguage('en', article(BENGALI))).toBe('bn');
    // Assamese is written in the Bengali script: the check cannot tell it from Bengali, so the declaration stands.
    expect(resolveLanguage('as', article(BENGALI))).toBe('as');
  });

  it('reads Welsh, Basque, Irish, Maltese and Breton text, and overrules a stock theme\'s lang="en-GB" on a Welsh story (rule "Europe\'s regional languages\' words")', () => {
    const welsh = 'Bydd y pwll yn cau am bythefnos ym mis Chwefror er mwyn i\'r gwaith ar y to ddechrau. Mae\'r cyngor wedi cytuno i dalu am y gwaith, ac roedd y gymuned yn falch iawn fod y cynllun wedi ei dderbyn gan yr aelodau hefyd.';
    const basque = 'Gazte elkarteek urteak daramatzate gaueko metroa eskatzen, eta orain arte ez dute lortu. Partzuergoaren arabera, neurriak kostu handia izango du, baina proba arrakastatsua bada beste lineetan ere egin ahal izango da.';
    const irish = 'Tá cead pleanála faighte ag an Roinn chun scoil nua a thógáil, agus beidh áit inti do 600 dalta. Bhí an pobal ag fanacht le fiche bliain, ach níl an conradh tógála curtha amach fós, agus tá súil acu go mbeidh sí réidh faoi 2029.';
    const maltese = 'Il-Ministru qal li l-iskema għandha baġit ta\' €14-il miljun u hija mistennija tgħin madwar 5,000 familja. Għall-ewwel darba, l-għotja tkopri wkoll il-batteriji li jaħżnu l-elettriku, iżda l-applikazzjonijiet isiru biss minn fuq is-sit tal-Aġenzija.';
    const breton = 'Ar c’hlas nevez a vo staliet en ur sal eus ti ar gumun, e-kichen ar skol, betek ma vo savet ur savadur nevez. Tri-ugent familh a oa war al listenn c’hortoz er bloaz-mañ, hag ur gelennerez nevez a zo bet anvet gant ar gevredigezh evit ar bloaz.';
    expect([welsh, basque, irish, maltese, breton].map((text) => detectTextLanguage(text)?.language)).toEqual(['cy', 'eu', 'ga', 'mt', 'br']);
    expect(resolveLanguage('en-GB', article(welsh))).toBe('cy');
    expect(resolveLanguage(null, basque)).toBe('eu');
    // The languages around them still read as themselves.
    expect([ENGLISH, FRENCH, SPANISH, GERMAN].map((text) => detectTextLanguage(text)?.language)).toEqual(['en', 'fr', 'es', 'de']);
  });

  it('keeps the declaration when the text is too short to judge', () => {
    expect(resolveLanguage('pt-BR', 'Olá')).toBe('pt-BR');
  });

  it('detects the language when nothing is declared', () => {
    expect(resolveLanguage(null, FRENCH)).toBe('fr');
  });
});

describe('normalizeLanguageTag and direction', () => {
  it('normalises BCP-47 casing and separators', () => {
    expect(normalizeLanguageTag('en_us')).toBe('en-US');
    expect(normalizeLanguageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(normalizeLanguageTag('ar')).toBe('ar');
    expect(normalizeLanguageTag('{{lang}}')).toBeNull();
  });

  it('keeps the script and the region, and drops other subtags', () => {
    expect(normalizeLanguageTag('es-419')).toBe('es-419');
    expect(normalizeLanguageTag('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(normalizeLanguageTag('de-ere')).toBe('de');
    expect(normalizeLanguageTag('en-US-x-newsroom')).toBe('en-US');
    expect(normalizeLanguageTag('fr-x-ca')).toBe('fr');
    // Private-use regions name no country: Joomla's generic Arabic locale.
    expect(normalizeLanguageTag('ar-aa')).toBe('ar');
    expect(normalizeLanguageTag('en-ZZ')).toBe('en');
  });

  it('keeps Kosovo\'s "XK", the one private-use region a country is known by (rule "Kosovo\'s code")', () => {
    expect(normalizeLanguageTag('sq-xk')).toBe('sq-XK');
    expect(normalizeLanguageTag('sr_Latn_XK')).toBe('sr-Latn-XK');
    expect(normalizeLanguageTag('en-XA')).toBe('en');
  });

  it('knows right-to-left languages', () => {
    expect(isRightToLeft('ar-EG')).toBe(true);
    expect(isRightToLeft('fa')).toBe(true);
    expect(isRightToLeft('en')).toBe(false);
    expect(isRightToLeft(null)).toBe(false);
  });

  it('reads a right-to-left language right to left whatever the markup declares, and believes a declared rtl', () => {
    expect(textDirection('ar', 'ltr')).toBe('rtl');
    expect(textDirection('he', null)).toBe('rtl');
    expect(textDirection('en', 'rtl')).toBe('rtl');
    expect(textDirection('en', 'ltr')).toBe('ltr');
    expect(textDirection('en', null)).toBe('ltr');
    expect(textDirection(null, null)).toBe('ltr');
  });

  it('reads a page declared Kurdish in the direction of its script (rule "Kurdish in two scripts")', () => {
    expect(textDirection('ku', null, 'Festîvala çîrokbêjiyê ya duyemîn li Amedê dest pê kir.')).toBe('ltr');
    expect(textDirection('ku', null, 'بارانی بەخوڕی شەوی ڕابردوو لە شاری هەولێر لافاوی لێکەوتەوە.')).toBe('rtl');
    expect(textDirection('ku', 'rtl', 'Festîvala çîrokbêjiyê dest pê kir.')).toBe('rtl');
    expect(textDirection('ckb', null, '')).toBe('rtl');
  });
});
