import { page, prose, run } from './helpers';

const story = ['harbour', 'ferry', 'pier', 'tide', 'dock', 'quay', 'crane', 'berth'].map((topic) => prose(topic)).join('');

describe('publisher notices at the edges of the body', () => {
  it.each([
    ['a copyright and reprint note', '<p>© 2031 The Example Post. All rights reserved. Reprinting requires our written permission.</p>'],
    ['an app promotion', '<p>For the latest headlines, download the Example Post apps for iOS and Android.</p>'],
    ['a channel invitation in Spanish', '<p><strong>¡Sigue las noticias en nuestro canal de Telegram!</strong></p>'],
    ['a German newsletter appeal', '<p>Keine Ausgabe verpassen: Wir schicken dir die Woche in deinen Posteingang.</p>'],
    ['a membership appeal', '<p>Become a member today and cancel anytime.</p>'],
    ['a station group\'s affiliate disclosure', '<p>Hearst Television participates in various affiliate marketing programs, which means we may get paid commissions on editorially chosen products purchased through our links to retailer sites.</p>'],
    ['a Polish support appeal', '<p>Piszemy o tym, co ważne dla regionu. Wesprzyj nas darowizną.</p>'],
    ['a Spanish support appeal', '<p>Si te gusta lo que hacemos, apóyanos.</p>'],
    ['a German support appeal', '<p>Unterstütze das Hafenblatt schon mit zwei Euro im Monat!</p>'],
    ['a contributors disclaimer', '<p>The Example Post is not responsible for the opinions of its contributors.</p>'],
    ['a German no-investment-advice note', '<p>Hinweis: Die Inhalte stellen keine Anlageberatung dar. Für die Richtigkeit der Kurse wird keine Gewähr übernommen.</p>'],
    ['an English no-investment-advice note', '<p>This article is for information only and does not constitute investment advice.</p>'],
    ['an Australian general-advice warning (rule "general-advice warning")', '<p><em>Resources Daily provides general information only and does not take into account your objectives, financial situation or needs. It is not financial product advice.</em></p>'],
    ['a French no-investment-advice note', '<p>Cet article ne constitue pas un conseil en investissement.</p>'],
    ['a Spanish no-investment-advice note', '<p>Esta información no constituye una recomendación de inversión.</p>'],
    ['an Arabic no-investment-advice note', '<p>المحتوى للعلم فقط ولا يعد توصية بالشراء أو البيع.</p>'],
    ['a Gulf no-financial-advice note (rule "no investment advice")', '<p>تنويه: هذا المحتوى لأغراض إعلامية فقط ولا يعد نصيحة مالية أو استثمارية.</p>'],
    ['a Japanese no-solicitation note (rule "no investment advice")', '<p>※本記事は情報提供を目的としており、特定の金融商品の売買を勧誘するものではありません。</p>'],
    ['a Japanese no-solicitation note worded for its purpose', '<p>当サイトの情報は、投資勧誘を目的としたものではありません。</p>'],
    ['an Indonesian note leaving the investment decision to the reader', '<p><em>Disclaimer: Keputusan investasi sepenuhnya berada di tangan pembaca. Redaksi tidak bertanggung jawab atas kerugian yang timbul.</em></p>'],
    ['a German key to the affiliate links (rule "affiliate links\' key")', '<p>Mit * gekennzeichnete Links sind Affiliate-Links. Kommt darüber ein Abschluss zustande, erhalten wir eine Provision.</p>'],
    ['an English key to the affiliate links', '<p>Links marked with * are affiliate links.</p>'],
    ['a crypto desk\'s line on what its staff hold (rule "disclosure line")', '<p class="x-d"><em>Disclosure: Members of the Example Post\'s staff may hold cryptocurrencies, including bitcoin, in accordance with our ethics policy.</em></p>'],
    ['a British investment risk warning (rule "investment risk warning")', '<div class="risk"><p><strong>Capital at risk.</strong> The value of investments can go down as well as up, and you may get back less than you invest.</p></div>'],
    ['an Indian business desk\'s note on analysts\' calls (rule "the analysts\' views")', '<p><i>Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of The Example Times. We advise investors to check with certified experts before taking any investment decisions.</i></p>'],
    ['the same note worded for experts\' tips (rule "the analysts\' views")', '<p>The views and investment tips expressed by experts on The Example Times are their own.</p>'],
    ['a columnist\'s credentials and opinion disclaimer in Spanish', '<p><em>*Ingeniera civil. Las opiniones expresadas son responsabilidad exclusiva de su autora.</em></p>'],
    ['a French opinion disclaimer', '<p>Les opinions exprimées dans cette tribune n’engagent que leur auteur.</p>'],
    ['a Korean outside writer\'s note (rule "opinion disclaimer")', '<p class="x">※ 외부 필자의 원고는 본지의 편집방향과 다를 수 있습니다.</p>'],
    ['a Korean column\'s note on the paper\'s position', '<p>이 칼럼의 내용은 본사의 입장과 다를 수 있습니다.</p>'],
    ['a Romanian opinion disclaimer', '<p class="x"><em>Articolele de opinie exprimă punctul de vedere al autorilor și nu reprezintă neapărat poziția redacției.</em></p>'],
    ['a Romanian opinion disclaimer in the cedilla letters', '<p>Textul de mai sus nu reprezintă neapărat poziţia redacţiei.</p>'],
    ['an Albanian opinion disclaimer (rule "Albanian opinion disclaimer")', '<p class="disclaimer"><em>Qëndrimet e shprehura në këtë shkrim janë të autorit dhe nuk përfaqësojnë domosdoshmërisht qëndrimin editorial të gazetës.</em></p>'],
    ['an Albanian opinion disclaimer typed without its ë', '<p>Pikepamjet e shprehura ne kete artikull i perkasin vetem autorit.</p>'],
    ['a Turkish opinion disclaimer (rule "Turkish opinion disclaimer")', '<div class="uyari-notu">Köşe yazılarındaki görüşler yazarlarına aittir, Ege Sabah\'ın görüşlerini yansıtmaz.</div>'],
    ['a Turkish note that the column does not bind the paper', '<p><em>Bu yazıdaki ifadeler gazetemizi bağlamaz.</em></p>'],
    ['an Arabic opinion disclaimer', '<p class="x">الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف الصحيفة.</p>'],
    ['an Arabic opinion disclaimer that opens with the article', '<p>المقال يعبر عن رأي كاتبه فقط.</p>'],
    ['an Arabic aggregator\'s reprint disclaimer', '<p>هذا الخبر منقول من موقع الساحل ولا يعبر عن رأي الموقع</p>'],
    ['an Arabic aggregator\'s labelled reprint disclaimer', '<p>تنويه: تم نقل هذا الخبر بمحتواه كما هو من مصدره، والموقع غير مسؤول عن محتواه.</p>'],
    ['a broadcaster\'s note on its provisional transcript', '<div class="x-note"><p>Harbour Radio transcripts are produced on a tight deadline by an outside vendor. This text may not be in its final form.</p></div>'],
    ['a German newsletter sign-up', '<p>Abonnieren Sie jetzt den Hafenblatt-Newsletter: <a href="/newsletter">hafenblatt.example/newsletter</a></p>'],
    ['a follow-us line', '<p>Folge uns auf Facebook | Instagram</p>'],
    ['a French follow-us line', '<p>Suivez-nous sur Instagram et X.</p>'],
    ['an Arabic follow-us line', '<p>تابعونا على فيسبوك وتويتر</p>'],
    ['an Arabic app appeal', '<p>حملوا تطبيق الصحيفة لمتابعة الأخبار العاجلة</p>'],
    ['an Arabic ask to follow the site\'s page', '<p>لمزيد من الأخبار تابعوا صفحتنا على فيسبوك</p>'],
    ['an Arabic reader appeal that opens on a question about the story', '<p>هل أعجبك المقال؟ شاركه مع أصدقائك</p>'],
    ['a Korean reprint notice', '<p>&lt;저작권자 © 항구일보, 무단 전재 및 재배포 금지&gt;</p>'],
    ['a Korean agency\'s filing stamp (rule "filing stamp")', '<p>2026/12/04 09:30 송고</p>'],
    ['a Japanese reprint notice', '<p>記事・写真の無断転載を禁じます。</p>'],
    ['a Chinese web editor\'s credit', '<p>（责任编辑：王芳）</p>'],
    ['an Estonian editor\'s line', '<p>Toimetaja: Mari Kask</p>'],
    ['an agency editor in brackets and the story\'s serial (rule "editor and serial in brackets")', '<p>（編輯：周思宇）1151206</p>'],
    ['a Chinese report-an-error button and web editor\'s credit', '<p>【纠错】 【责任编辑:张樵苏 】</p>'],
    ['a Russian rights notice', '<p>© 2031 Портовые вести. Все права защищены.</p>'],
    ['a German appeal to fund the work', '<p>Schon mit 2 Euro kannst du unsere Arbeit unterstützen!</p>'],
    ['a Spanish appeal to readers', '<p>El periodismo independiente necesita del apoyo de sus lectores para continuar.</p>'],
    ['a German disclaimer over readers\' comments', '<p>Kommentare von Lesern stellen keinesfalls die Meinung der Redaktion dar!</p>'],
    ['an English disclaimer over readers\' comments', '<p>Comments do not necessarily reflect the views of the Example Post.</p>'],
    ['the note of a closed comment thread', '<p>Comments are closed.</p>'],
    ['an affiliate disclosure', '<p><em>This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.</em></p>'],
    ['a Spanish affiliate disclosure', '<p>Este artículo contiene enlaces de afiliados.</p>'],
    ['the sign-off of an Indian business daily', '<p>Catch all the <a href="/business/">Business News</a>, <a href="/india/">India News</a> and updates on The Example Times.</p>'],
    ['a copyright line', '<p>Copyright © 2031 The Example Post, LLC.</p>'],
    ['an Italian agency\'s reprint mark', '<p><small>RIPRODUZIONE RISERVATA © Copyright Agenzia Porto</small></p>'],
    ['a Portuguese columnist\'s spelling note', '<p><em>A autora escreve segundo o novo Acordo Ortográfico</em></p>'],
    ['a pointer to the site\'s page on a running topic', '<div class="note">For more news about the harbour strike, visit our <a href="/strike">special page</a>. Read more stories about ferries.</div>'],
    ['a tip line', '<p>Do you have a story to tell? Email: tips@example.com</p>'],
    ['a tip line that leaves out "do you"', '<p>Have a news tip? Email us at tips@example.com or call 555-0100.</p>'],
    ['an English log-in line where the comment form was (rule "log in to comment")', '<p>Please log in to comment.</p>'],
    ['a German log-in line', '<p>Zum Kommentieren bitte anmelden.</p>'],
    ['a Turkish log-in line', '<p>Yorum yapmak için giriş yapın.</p>'],
    ['an Arabic log-in line', '<p>يجب تسجيل الدخول لإضافة تعليق</p>'],
    ['a Turkish newsletter ask, its verb last', '<p>Haberlerden ilk siz haberdar olmak için bültenimize abone olun.</p>'],
    ['a German feedback ask (rule "feedback ask")', '<p>Haben Sie Fragen oder Anregungen? Schreiben Sie uns an leserbriefe@example.com</p>'],
    ['an English feedback ask', '<p>Questions or comments? Email us at desk@example.com.</p>'],
    ['a desk\'s feedback line told as a statement, its address cloaked (rule "feedback line")', '<p><em>For feedback and story ideas, write to <a href="/cdn-cgi/l/email-protection#4a">[email&#160;protected]</a></em></p>'],
    ['a Korean broadcaster\'s camera crew credit (rule "camera crew credit")', '<p class="credit">영상취재: 이태섭 / 영상편집: 한유리</p>'],
    ['a camera reporter\'s credit in brackets', '<p>(촬영기자 : 박민호)</p>'],
    ['a note that AI helped write the article (rule "machine-assistance note")', '<p><em>This article was produced with the assistance of AI and reviewed by an editor.</em></p>'],
    ['a German note that AI helped write the article', '<p>Dieser Artikel wurde mit Unterstützung von KI erstellt und von der Redaktion geprüft.</p>'],
    ['a French note that AI helped write the article', '<p>Cet article a été rédigé avec l’aide de l’intelligence artificielle.</p>'],
    ['an Arabic note that AI helped write the article', '<p>تمت كتابة هذا المقال بمساعدة الذكاء الاصطناعي ومراجعته من قبل فريق التحرير.</p>'],
    ['a funder\'s note (rule "funder\'s note")', '<p><em>This fact-check was produced with support from the Harbour Media Fund. The funder had no say in its content.</em></p>'],
    ['a funder\'s note naming a grant (rule "funder\'s note")', '<p>This story was made possible by a grant from the Coastal Trust.</p>'],
    ['a funded series\' note (rule "series\' funder")', '<p class="series-note"><em>Power Shift is an editorially independent series on the energy transition, supported by the Northfield Foundation.</em></p>'],
    ['an Arabic pointer to the site\'s methodology (rule "methodology pointer")', '<p>منصة مستقلة للتحقق من المعلومات. تعرّف على منهجيتنا وسياسة التصحيح.</p>'],
    ['a feedback widget\'s question', '<p>War dieser Artikel hilfreich?</p>'],
    ['a Dutch feedback widget\'s question', '<p>Heeft deze informatie u geholpen?</p>'],
    ['a German feedback widget\'s question that asks if it was useful', '<div><strong>Fanden Sie diesen Artikel nützlich?</strong></div>'],
    ['an English feedback widget\'s question that asks if it was useful', '<p>Did you find this article useful?</p>'],
    ['a German affiliate disclosure', '<p>Für Links auf dieser Seite erhält das Hafenblatt ggf. eine Provision vom Händler.</p>'],
    ['a Spanish affiliate commission note (rule "affiliate commission, in Romance languages")', '<p>El Puerto puede recibir una comisión por las compras realizadas a través de los enlaces de este artículo.</p>'],
    ['a Spanish note that the site takes a commission (rule "affiliate commission, in Romance languages")', '<p>En este artículo hay enlaces de afiliado, por los que El Puerto puede llevarse una comisión si compras a través de ellos.</p>'],
    ['a French affiliate commission note (rule "affiliate commission, in Romance languages")', '<p>Le Port peut percevoir une commission sur les achats effectués via ces liens.</p>'],
    ['a science desk\'s embargo note (rule "embargo note")', '<p><em>This story was embargoed until Tuesday, December 1, 2031, 11:00 a.m. US Eastern time.</em></p>'],
    ['a note that a report was held under embargo (rule "embargo note")', '<p>The survey was provided to media under embargo until 11am on Friday.</p>'],
    ['a health site\'s information-only disclaimer (rule "information-only disclaimer")', '<p><strong>Disclaimer:</strong> This article is for information only and is not a substitute for professional medical advice.</p>'],
    ['a French medical disclaimer (rule "information-only disclaimer")', '<p>Cet article est fourni à titre informatif uniquement et ne remplace pas une consultation médicale.</p>'],
    ['a German medical disclaimer (rule "information-only disclaimer")', '<p>Dieser Beitrag ersetzt keine ärztliche Beratung.</p>'],
    ['a Spanish medical disclaimer (rule "information-only disclaimer")', '<p>Este contenido no sustituye la consulta médica.</p>'],
    ['an Indian health desk\'s disclaimer that the story is for awareness (rule "information-only disclaimer")', '<div>Disclaimer: The information in this article is for general awareness only and should not be treated as a substitute for medical advice.</div>'],
    ['an Italian medical disclaimer (rule "information-only disclaimer")', '<p><em>Le informazioni contenute in questo articolo hanno scopo puramente informativo e non sostituiscono in alcun modo il parere del medico.</em></p>'],
    ['an Arabic medical disclaimer (rule "information-only disclaimer")', '<div>تنويه: المعلومات الواردة في هذا المقال لأغراض التوعية فقط ولا تغني عن استشارة الطبيب المختص.</div>'],
    ['an Arabic recipe card\'s appeal to tag the site (rule "tag us, in Arabic")', '<div class="wprm-call-to-action"><span>جربتِ الوصفة؟ شاركينا صورتك على إنستغرام وأشيري إلى @sufratalbait</span></div>'],
    ['an Arabic column\'s note that its answers do not replace the doctor\'s examination (rule "the doctor\'s examination")', '<p class="medical-note"><small>الإجابات المنشورة في هذا الباب عامة، ولا تغني عن الفحص الطبي المباشر.</small></p>'],
    ['an Arabic medical disclaimer that does not replace the doctor "in any way" (rule "in any way")', '<p class="disclaimer">تنويه: المعلومات الواردة في هذا الموضوع للتوعية فقط، ولا تغني بأي حال عن استشارة الطبيب المختص.</p>'],
    ['a German editors\' note that the findings came out as a press release (rule "press release note")', '<p>Hinweis der Redaktion: Die Universität hat die Ergebnisse am Mittwoch vorab per Pressemitteilung veröffentlicht.</p>'],
    ['a note that the story is based on a press release (rule "press release note")', '<p><em>This article is based on a press release from the Harbour Institute.</em></p>'],
    ['an Arabic paper\'s note that the story was translated, with the original\'s headline (rule "translation note")', '<p><em>* تُرجم هذا التقرير عن الإنجليزية، ونُشر النص الأصلي لوكالة الميناء بعنوان: <span dir="ltr">Harbour traffic rises</span></em></p>'],
    ['an English note that the story was translated (rule "translation note")', '<p><em>This article was translated from the Hebrew by Dana Roe.</em></p>'],
    ['a French translator\'s line (rule "translation note")', '<p>Traduit de l’anglais par Claire Dufresne.</p>'],
    ['a victim support helpline note (rule "helpline note")', '<p><em>If you have been affected by the issues raised in this article, you can contact Victim Support on 0808 555 0123.</em></p>'],
    ['a crisis line note (rule "helpline note")', '<p>If you or someone you know is in crisis, call or text 988.</p>'],
    ['a German crisis line note (rule "helpline note")', '<p>Wenn Sie Suizidgedanken haben, wenden Sie sich an die Telefonseelsorge unter 0800 111 0 111.</p>'],
    ['an ask to follow the desk on its Facebook page', '<p>Follow all the latest court cases on our Facebook page.</p>'],
    ['a court desk\'s note on a reporting order (rule "court\'s order note")', '<p><em>Reporting restrictions apply to this case.</em></p>'],
    ['an update note under its label and time (rule "update note")', '<p><strong>UPDATE, Dec. 4, 3:48 p.m.:</strong> This story has been updated.</p>'],
    ['an update note that adds nothing but "more details" (rule "update note")', '<p><em>This story has been updated with additional developments.</em></p>'],
    ['an update note of a sentence (rule "update note")', '<p><em>This article was updated throughout.</em></p>'],
    ['a law firm blog\'s no-legal-advice note (rule "no legal advice")', '<p><em>This article is not legal advice. Speak with a licensed attorney about your situation.</em></p>'],
    ['a French no-legal-advice note (rule "no legal advice")', '<p>Cet article ne constitue pas un conseil juridique.</p>'],
    ['a German no-legal-advice note (rule "no legal advice")', '<p>Dieser Beitrag stellt keine Rechtsberatung dar.</p>'],
    ['a law firm\'s call for a free consultation (rule "no legal advice")', '<p><strong>Arrested in Harbour County?</strong> Call Holm &amp; Lee at (312) 555-0148 for a free consultation.</p>'],
    ['a court desk\'s presumption of innocence note (rule "presumption of innocence note")', '<p>All defendants are presumed innocent until proven guilty. The Example Post will report the outcome of this case.</p>'],
    ['a French presumption of innocence notice under its label (rule "presumption of innocence note")', '<p><strong>Présomption d’innocence</strong> – Toute personne mise en cause est présumée innocente tant que sa culpabilité n’a pas été établie.</p>'],
    ['a German Unschuldsvermutung line (rule "presumption of innocence note")', '<p>Für die Angeklagten gilt bis zu einem rechtskräftigen Urteil die Unschuldsvermutung.</p>'],
    ['an Arabic presumption note (rule "presumption of innocence note")', '<p>تنويه: المتهم بريء حتى تثبت إدانته بحكم قضائي بات.</p>'],
    ['a German translator\'s line (rule "translation note")', '<p>Aus dem Englischen übersetzt von Anna Roe.</p>'],
    ['a pointer to the site\'s editorial policy (rule "editorial policy pointer")', '<p>Every article on the Harbour Health site is checked by a clinician. Read our editorial policy.</p>'],
    ['an appeal to tag the blog in a photo of the dish', '<p>Menciona <a href="https://instagram.example/lacocina">@lacocina</a> o etiqueta #lacocina</p>'],
    ['a Portuguese subscription appeal', '<p>Assine o Porto 24, apoie por Pix, inscreva-se na TV Porto e assista:</p>'],
    ['a bookmark tool\'s note', '<p>You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.</p>'],
    ['a saved-articles tool\'s note', '<p>Looks like you\'ve reached your saved article limit!</p>'],
    ['an Arabic disclaimer over contributors\' opinions', '<p>الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.</p>'],
    ['an Arabic disclaimer under an opinion piece', '<p>الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة رأي الموقع.</p>'],
    ['a Norwegian tip line', '<p>Har du tips til oss? Ring 51 00 00 00 eller send e-post til tips@avis.example</p>'],
    ['a Korean tip line', '<p><strong>제보하기</strong> 카카오톡 \'바다방송 제보\' · 전화 061-000-0000</p>'],
    ['an Arabic comment policy that links the site\'s rules', '<p>يرحب الموقع بالنقاش المفيد. راجع <a href="https://news.example/community-guidelines">قواعد المشاركة</a> و<a href="https://news.example/privacy">سياسة الخصوصية</a>.</p>'],
    ['a footer line of legal links', '<p><a href="https://news.example/impressum">Impressum</a> | <a href="https://news.example/datenschutz">Datenschutz</a> | © Hafenblatt</p>'],
    ['a pointer to more of the newsroom\'s coverage under a drawn rule', '<p>___</p><p>Follow AP’s coverage of the harbour at https://apnews.example/hub/harbour</p>'],
    ['a wire\'s pointer to its coverage under a drawn rule (rule "pointer under the rule")', '<p>___</p><p>AP NBA: https://apnews.example/hub/nba</p>'],
    ['a wire\'s pointer to its section under a drawn rule (rule "pointer under the rule")', '<p>___</p><p>More AP sports: https://apnews.example/sports</p>'],
    ['a beat\'s funding note under a drawn rule (rule "funding note")', '<p>___</p><p><em>The Harbour Press\' coastal coverage receives financial support from several private foundations. HP is solely responsible for all content.</em></p>'],
    ['a channel invitation under a rule drawn with the tatweel (rule "tatweel rule")', '<p style="text-align:center">ـــــــــــــــــــ</p><p><a href="https://t.me/harbour"><strong>تابعوا آخر الأخبار عبر قناتنا على تلغرام</strong></a></p>'],
    ['an Egyptian Telegram channel invitation (rule "the app\'s name as each country spells it")', '<p>لمتابعة أسعار الذهب لحظة بلحظة اشترك في قناتنا على تليجرام</p>'],
    ['an Iraqi Telegram channel invitation (rule "the app\'s name as each country spells it")', '<p><a href="https://t.me/x">انضموا لقناتنا على تليغرام</a></p>'],
    ['a WhatsApp channel invitation with the name in two words (rule "the app\'s name as each country spells it")', '<p>انضموا إلى قناتنا على واتس آب</p>'],
    ['a beat\'s funding note worded otherwise', '<p>The Harbour Press receives support for its coastal coverage from the Example Trust. The Harbour Press is solely responsible for all content.</p>'],
    ['a paywall\'s message', '<h3>This article is for subscribers only</h3><p><a class="Button" href="/subscribe">See subscription options</a></p>'],
    ['a French paywall\'s message', '<p>La suite de cet article est réservée aux abonnés.</p>'],
    ['a French paywall\'s share left to read and its button', '<div class="wall"><p>Il vous reste 75 % de l\'article à lire. Profitez de notre offre : 1 € le premier mois, sans engagement.</p><a class="btn" href="/abonnement/">Je m’abonne</a></div>'],
    ['an English paywall\'s share left to read', '<p>You have 60% of this article left to read. Subscribe for full access to every story, the app and the archive.</p>'],
    ['a German report-an-error prompt', '<p>Haben Sie einen Fehler im Text gefunden? <a href="/kontakt/">Schreiben Sie uns.</a></p>'],
    ['an English report-an-error prompt', '<p>Spotted an error? <a href="/corrections">Let us know</a>.</p>'],
    ['a syndicated-feed note', '<p>(This story has not been edited by Example Post staff and is published from a syndicated wire agency feed.)</p>'],
    ['a partner-feed note', '<p>This content was produced by the Harbour Wire and distributed via Example Markets\' partner feed.</p>'],
    ['a German agency-feed note', '<p><em>Dieser Artikel wurde automatisch aus dem Agentur-Newsfeed übernommen und nicht redaktionell bearbeitet.</em></p>'],
    ['a Swiss note that the article was published automatically', '<p>Dieser Artikel wurde automatisch publiziert.</p>'],
    ['an Italian agency-feed note', '<p>Questo articolo è stato pubblicato in modo automatico dal flusso dell\'agenzia senza modifiche al testo.</p>'],
    ['a Spanish agency-feed note', '<p>Este contenido fue publicado automáticamente y no ha sido editado por la redacción.</p>'],
    ['a French agency-feed note', '<p>Cet article a été publié automatiquement.</p>'],
    ['a Hindi syndicate-feed note', '<p class="disclaimer"><em>डिस्क्लेमर: यह समाचार सीधे सिंडिकेट फीड से प्रकाशित हुआ है। इसे हमारी टीम ने संपादित नहीं किया है।</em></p>'],
    ['a broadcaster\'s programme note', '<p><em>Über dieses Thema berichtete das Hafenradio am 01. Dezember 2031 um 11:00 Uhr.</em></p>'],
    ['a broadcaster\'s programme line', '<p>Dieses Thema im Programm: Hafenradio | 01. Dezember 2031 | 11:00 Uhr</p>'],
    ['a regional broadcaster\'s programme line labelled with the broadcast (rule "programme note")', '<p class="sendung"><em>Sendung: hr-iNFO, 06.12.2031, 10:00 Uhr</em></p>'],
    ['a print-edition note', '<p class="story__print-note"><em>Published in The Harbour Ledger, December 2nd, 2031</em></p>'],
    ['an English print-edition line', '<p>A version of this article appears in print on Dec. 2, 2031, Section A, Page 4 of the Harbour edition.</p>'],
    ['a German print-edition note', '<p>Dieser Artikel erschien in der Printausgabe des Hafenblatts vom 2. Dezember 2031.</p>'],
    ['a French print-edition note', '<p>Cet article est paru dans l\'édition du Port du 2 décembre 2031.</p>'],
    ['a publishing network\'s footnote', '<p><em>*hafenblatt.example ist ein Angebot des Küstenmedien-Verlagsnetzwerks.</em></p>'],
    ['an English publishing network\'s footnote', '<p>harbourpost.example is part of Coastline Media, an international media group.</p>'],
    ['a Korean tip line', '<p>◎공감언론 항구통신이 독자 여러분의 소중한 제보를 기다립니다. 기사 제보는 이메일 jebo@hangu.example로 보내주시면 적극 반영하겠습니다.</p>'],
    ['a Chinese copyright notice, which quotes the credit line it asks for', '<p>版权声明：凡注明“来源：港口新闻网”的所有作品，版权均属于港口新闻网，转载请注明出处。</p>'],
    ['the Reuters Arabic service\'s translation desk credit', '<p>(إعداد رنا حمدان للنشرة العربية - تحرير أحمد صبحي)</p>'],
    ['a nonprofit newsroom\'s network membership (rule "network membership note")', '<p><em>The Harbour Current is a member of the Coastal Nonprofit News Network.</em></p>'],
    ['a partner newsroom\'s line about itself (rule "partner newsroom\'s note")', '<hr><p><em>The Prairie Ledger is a nonprofit, nonpartisan newsroom covering rural communities across the Plains. Read more at prairieledger.example.org.</em></p>'],
    ['a Dutch partner-content note with the credit warning (rule "advertorial note")', '<div class="partner-disclaimer"><p>Deze partnerbijdrage is tot stand gekomen in samenwerking met Woonbank Nederland. Let op! Geld lenen kost geld.</p></div>'],
    ['a Dutch note that the newsroom did not write the piece (rule "advertorial note")', '<p>In samenwerking met Woonbank Nederland. Deze bijdrage is niet geschreven door de redactie.</p>'],
    ['an English note that the newsroom did not write the piece (rule "advertorial note")', '<p><em>This content was paid for by Harbour Bank and was not written by our newsroom.</em></p>'],
    ['the Dutch credit warning alone (rule "advertorial note")', '<p>Let op! Geld lenen kost geld.</p>'],
    ['a Spanish note that the branded-content team made the piece for its client (rule "advertorial note")', '<p class="branded-note">Este contenido ha sido elaborado por el equipo de Branded Content de El Puerto para Banco Meridional.</p>'],
    ['an English brand studio\'s note (rule "advertorial note")', '<p><em>This article was produced by the Harbour Brand Studio for Coast Energy.</em></p>'],
    ['a membership card', '<div class="kg-callout-card"><div class="kg-callout-text">The Example Post is reader-supported. <a href="#/portal/signup">Become a member</a> to get new stories in your inbox.</div></div>'],
  ])('drops %s after the story', (_kind, notice) => {
    const body = run(page(`<article>${story}${notice}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(8);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a portal\'s note of the headline the copy first ran under, over the story or under it (rule "original headline note")', () => {
    const over = run(page(`<article><p>原标题：港口新码头启用</p>${story}</article>`)).body;
    expect(over).not.toContain('原标题');
    expect(over.split('\n\n')).toHaveLength(8);
    const under = run(page(`<article>${story}<p>原標題：港口新碼頭啟用</p></article>`)).body;
    expect(under).not.toContain('原標題');
    expect(under.endsWith('the next steps.')).toBe(true);
  });

  it('drops a Hebrew portal\'s note that its partner first ran the story, the partner\'s name in quotation marks (rule "partner\'s republication note, in Hebrew")', () => {
    const body = run(page(`<article>${story}<p><em>הכתבה פורסמה במקור באתר השותף "חדשות העמק" ומתפרסמת כאן בהסכמה.</em></p></article>`)).body;
    expect(body).not.toContain('פורסמה במקור');
    expect(body.endsWith('the next steps.')).toBe(true);
    const told = '<p>הכתבה פורסמה אתמול ועוררה סערה בקרב התושבים, שדרשו מהעירייה תשובות על התוכנית.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('הכתבה פורסמה אתמול');
  });

  it('keeps a story\'s sentence that reports what a headline first said', () => {
    const told = '<p>原标题中的“关闭”一词引发争议，编辑部随后作了更正。</p>';
    expect(run(page(`<article>${told}${story}</article>`)).body).toContain('原标题中的“关闭”一词');
  });

  it('keeps a story\'s closing line that gives an address with no drawn rule over it (rule "pointer under the rule")', () => {
    const told = '<p>Tickets: https://harbourfestival.example/tickets</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('Tickets: https://harbourfestival.example/tickets');
  });

  it('keeps a closing paragraph about a broadcast that gives no air date (rule "programme note")', () => {
    const told = '<p>Sendung: Das Wort kam in der Debatte des Landtags so oft vor wie nie, sagte die Sprecherin der Fraktion.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('Sendung: Das Wort kam');
  });

  it('keeps a closing paragraph on what a newsroom did not write (rule "advertorial note")', () => {
    const told = '<p>The union said the statement was not written by the council\'s editors but by its press office, which sent it to the harbour board.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('was not written by the council');
  });

  it('keeps a closing paragraph that says whose view it reports by name (rule "the analysts\' views")', () => {
    const told = '<p>The views of Sahyadri Capital are shared by two other brokerages, which expect the harbour operator to raise its fees.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('The views of Sahyadri Capital');
  });

  it('drops the footer of a print view: the page\'s address and the hour it was printed', () => {
    const footer = '<p>Retrouvez cet article sur : http://www.port.example/actualite/2031/06/14/le-port</p><p>Imprimé le mercredi 29 juin 2031 à 10h44</p>';
    const body = run(page(`<article>${story}${footer}</article>`)).body;
    expect(body).not.toMatch(/Retrouvez|Imprimé/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops the story\'s own number and short link on lines of their own, at the foot or the top (rule "page\'s own reference")', () => {
    const foot = '<p>کد خبر: ۴۵۶۷۸۹</p><p>لینک کوتاه: https://news.example/x/4a5b</p><p>الرابط المختصر:</p><p>Short link: https://news.example/s/91</p>';
    const body = run(page(`<article><p>News ID: 88213</p>${story}${foot}</article>`)).body;
    expect(body).not.toMatch(/کد خبر|لینک کوتاه|الرابط المختصر|Short link|News ID/);
    expect(body.endsWith('the next steps.')).toBe(true);
    // A sentence that mentions the code is the story's.
    expect(run(page(`<article>${story}<p>Short link: the council will vote on the tram plan next week.</p></article>`)).body).toContain('Short link: the council');
  });

  it('drops an agency\'s row of particulars that its news code opens, and keeps a sentence that opens with the label (rule "news code row")', () => {
    const row = '<div class="news-info"><span>کد خبر: ۱۴۰۵۰۹۱۵۰۴۲۱۷</span> <span>۱۵ آذر ۱۴۰۵ - ۱۰:۴۰</span> <span>استان‌ها &gt; آذربایجان شرقی</span></div>';
    const body = run(page(`<article>${row}${story}</article>`)).body;
    expect(body).not.toContain('کد خبر');
    expect(body.startsWith('The harbour report')).toBe(true);
    const told = '<p>News code: 4512 was the number the court gave the case, and the harbour board asked for it to be heard again next spring.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('News code: 4512 was the number');
  });

  it('drops a station\'s promo for its live stream among the story\'s last paragraphs (rule "watch us live")', () => {
    const promo = '<div class="LivePromo"><span class="LivePromo-badge">LIVE</span> Watch KTBA News live on the KTBA app and at ktba.example/watch</div>';
    const body = run(page(`<article>${story}${promo}</article>`)).body;
    expect(body).not.toContain('Watch KTBA News live');
    const told = '<p>Residents could watch the ferry launch from the pier, where hundreds gathered to see it live.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('watch the ferry launch');
  });

  it.each([
    ['an English developing-story line', '<p><em>This is a developing story and will be updated.</em></p>'],
    ['a German one between plus signs', '<p>+++ Diese Meldung wird aktualisiert. Mehr in Kürze. +++</p>'],
    ['a French one', '<p><b>Plus d\'informations à suivre...</b></p>'],
    ['a Spanish one', '<p class="x"><em>Noticia en ampliación</em></p>'],
    ['a Turkish one', '<p><strong>Haberin detayları geliyor...</strong></p>'],
    ['an Arabic one', '<p>التفاصيل بعد قليل...</p>'],
    ['an Arabic one that names the details', '<p>المزيد من التفاصيل لاحقاً</p>'],
    ['an Arab channel\'s bare "to follow"', '<p>يتبع…</p>'],
    ['a Turkish one in the future tense', '<p>Haber güncellenecek.</p>'],
  ])('drops %s that closes a breaking item with the promise of more (rule "more to follow")', (_kind, line) => {
    const brief = prose('harbour', 2) + prose('ferry', 2);
    const body = run(page(`<article>${brief}${line}</article>`)).body;
    expect(body).toContain('The ferry report');
    expect(body.split('\n\n').at(-1)).toContain('The ferry report');
  });

  it.each([
    ['an Australian', '<p class="live-note"><em>This story will be updated as information comes to hand.</em></p>'],
    ['a British', '<p><em>This story will be updated as more details emerge.</em></p>'],
    ['an English', '<p>This is a developing story.</p>'],
  ])('drops %s promise of more set over a story updated in place (rules "promise over the story", "as information comes to hand")', (_kind, line) => {
    const update = '<p><strong>UPDATE 6.15pm:</strong> The fire has now burnt through more than 4,200 hectares and is moving east towards the town.</p>';
    const body = run(page(`<article>${line}${update}${story}</article>`)).body;
    expect(body.split('\n\n')[0]).toMatch(/^UPDATE 6\.15pm: The fire/);
    expect(body).not.toMatch(/will be updated|developing story/);
  });

  it.each([
    ['a Moroccan', '<div class="alert-box alert-red"><strong>يقظة حمراء</strong> – تجنبوا التعرض لأشعة الشمس بين الساعة الحادية عشرة صباحا والخامسة مساء</div>'],
    ['a British', '<div class="strip"><b>Red warning in force</b>: Avoid all travel on coastal roads until 9pm</div>'],
    ['a Spanish', '<p><strong>Alerta roja</strong> | No se desplace salvo que sea imprescindible</p>'],
  ])('drops %s warning strip over the story (rule "warning strip over the story")', (_kind, strip) => {
    const body = run(page(`<article>${strip}${story}</article>`)).body;
    expect(body.split('\n\n')[0]).toMatch(/^The harbour report/);
  });

  it('keeps a story that opens on the warning in a sentence (rule "warning strip over the story")', () => {
    const opening = '<p>Red warning for wind issued as Storm Idris nears the coast, with gusts of 90mph expected on Saturday.</p>';
    expect(run(page(`<article>${opening}${story}</article>`)).body).toMatch(/^Red warning for wind issued/);
    const labelled = '<p>Red warning: the Met Office says the storm will bring gusts of 90mph. It urged people to stay at home.</p>';
    expect(run(page(`<article>${labelled}${story}</article>`)).body).toMatch(/^Red warning: the Met Office/);
  });

  it('keeps a story\'s opening sentence on what is to come (rule "promise over the story")', () => {
    const opening = '<p>This story will be updated, the council said on Friday, once the inquiry into the harbour fire reports next spring.</p>';
    expect(run(page(`<article>${opening}${story}</article>`)).body).toContain('This story will be updated, the council said');
  });

  it('leaves no body of a breaking item published as its headline and the promise alone (rule "more to follow")', () => {
    expect(run(page('<article><h1>Landtag wählt neue Ministerpräsidentin</h1><p>+++ Diese Meldung wird aktualisiert. Mehr in Kürze. +++</p></article>')).body).toBe('');
  });

  it('drops a wire\'s note over the earlier version of an item it updates in place, wherever it stands (rule "earlier story below")', () => {
    const note = '<p>THIS IS A BREAKING NEWS UPDATE. AP’s earlier story follows below.</p>';
    const body = run(page(`<article>${prose('harbour')}${note}${story}</article>`)).body;
    expect(body).not.toContain('BREAKING NEWS UPDATE');
    expect(body).toContain('The harbour report');
    const told = '<p>The earlier story is below the fold, the editor said, and readers rarely scroll that far.</p>';
    expect(run(page(`<article>${prose('harbour')}${told}${story}</article>`)).body).toContain('below the fold');
  });

  it.each([
    ['an election service\'s', '<p>Election results data provided by CivicData Results Service. Results are unofficial.</p>'],
    ['a German markets feed\'s, after the data\'s stamp', '<p>Stand: 04.12.2026, 17:45 Uhr. Marktdaten bereitgestellt von FinDatenService. Alle Angaben ohne Gewähr.</p>'],
    ['a French price feed\'s', '<p>Cours au 3 décembre 2026 à 10h00. Données fournies par OrCotations, mises à jour toutes les heures.</p>'],
    ['a Spanish lottery feed\'s', '<p>Resultados ofrecidos por SorteosData. Última actualización: 03/12/2026 22:05</p>'],
    ['an Arabic price service\'s', '<p>الأسعار مقدمة من خدمة بيانات الأسواق - آخر تحديث: 05/12/2026 09:00 ص</p>'],
  ])('drops %s credit under the table it fills, wherever it stands (rule "data feed\'s credit")', (_kind, credit) => {
    const table = '<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Jane Roe</td><td>25,912</td></tr></table>';
    const body = run(page(`<article>${prose('harbour')}${table}${credit}${story}</article>`)).body;
    expect(body).not.toMatch(/provided by|bereitgestellt|fournies|ofrecidos|مقدمة من/);
    expect(body).toContain('Jane Roe | 25,912');
  });

  it.each([
    ['English', '<p class="x">Last updated 5 minutes ago · <a href="?r=1">Refresh</a></p>'],
    ['Spanish', '<p>Actualizado hace 3 minutos. <a href="?r">Actualizar datos</a></p>'],
    ['Arabic', '<p>آخر تحديث منذ 5 دقائق <a href="#">تحديث</a></p>'],
  ])('drops a live table\'s %s refresh line under it (rule "refresh line")', (_kind, line) => {
    const table = '<table><tr><th>Candidate</th><th>Votes</th></tr><tr><td>Jane Roe</td><td>25,912</td></tr></table>';
    const body = run(page(`<article>${prose('harbour')}${table}${line}${story}</article>`)).body;
    expect(body).not.toMatch(/Last updated|Actualizado|آخر تحديث/);
    expect(body).toContain('Jane Roe | 25,912');
    const told = '<p>Updated figures will be published on Monday, when the council meets to refresh the plan.</p>';
    expect(run(page(`<article>${prose('harbour')}${told}${story}</article>`)).body).toContain('Updated figures will be published');
  });

  it('keeps a story\'s sentence on data someone provided, that goes on to say what it shows', () => {
    const told = '<p>Data provided by the ministry show that unemployment fell to 5.2% in October. Data provided by Eurostat show a similar trend.</p>';
    expect(run(page(`<article>${prose('harbour')}${told}${story}</article>`)).body).toContain('Data provided by the ministry');
  });

  it('keeps a story\'s sentence that says what is to follow, and the promise above the story\'s end', () => {
    const told = '<p>More to follow in the new year, the harbour master said, once the second crane is delivered.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('More to follow in the new year');
    const above = '<p>This is a developing story and will be updated.</p>';
    expect(run(page(`<article>${prose('harbour')}${above}${story}</article>`)).body).toContain('This is a developing story');
  });

  it('drops a radio station\'s plug for its own show, with the show\'s hours, closing the story (rule "tune in")', () => {
    const plug = '<p>Listen to The Morning Drive with Curt Hollis weekdays from 5 to 9 a.m. on News Talk 1170 KTUX and on the free iHeartRadio app.</p>';
    const body = run(page(`<article>${story}${plug}</article>`)).body;
    expect(body).not.toContain('Morning Drive');
    expect(body.endsWith('the next steps.')).toBe(true);
    const told = '<p>Listen to the harbour master and you hear a man who has run the port every morning for thirty years.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('Listen to the harbour master');
  });

  it('drops the note naming the stations\' reporting collaborative a public radio story was produced by', () => {
    const note = '<p>This story was produced by the Mountain Rivers News Collaborative, a partnership of public media stations across the West.</p>';
    const body = run(page(`<article>${story}${note}</article>`)).body;
    expect(body).not.toContain('Collaborative');
    expect(body.endsWith('the next steps.')).toBe(true);
    const told = '<p>This story was produced by the ferry crews themselves, who filmed the crossing on their phones.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('ferry crews themselves');
  });

  it('drops a station\'s order to download its app, in the sentence that opens the line (rule "download the station\'s app")', () => {
    const foot = '<p><em>►Make it easy to keep up to date with more stories like this. Download the KXRA app now.</em></p>'
      + '<p>Téléchargez l\'application TVQ Nouvelles pour recevoir nos alertes météo.</p><p>Descarga la app de Telemundo 48 para recibir alertas.</p>';
    const body = run(page(`<article>${story}${foot}</article>`)).body;
    expect(body).not.toMatch(/KXRA|Téléchargez|Descarga/);
    expect(body.endsWith('the next steps.')).toBe(true);
    // A story's sentence that an app be downloaded is the story's.
    const closing = '<p>Officials urged residents to download the county\'s emergency alert app before the storm arrives.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('Officials urged residents to download');
  });

  it('drops a Hindi money desk\'s information-only disclaimer, and keeps a story\'s sentence on what else is for information only (rule "information-only disclaimer")', () => {
    const foot = '<p>(डिस्क्लेमर: यह लेख केवल जानकारी के लिए है। निवेश या लोन से जुड़ा कोई भी फैसला लेने से पहले अपने वित्तीय सलाहकार से सलाह लें।)</p>';
    const body = run(page(`<article>${story}${foot}</article>`)).body;
    expect(body).not.toContain('डिस्क्लेमर');
    expect(body.endsWith('the next steps.')).toBe(true);
    const closing = '<p>बैंक ने कहा कि ऐप पर दिखाई गई ब्याज दरें केवल जानकारी के लिए हैं और अंतिम दर आवेदन के समय तय होगी।</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('अंतिम दर आवेदन के समय');
  });

  it('drops a Hindi portal\'s order to download its app, and keeps a story\'s report that people were asked to', () => {
    const foot = '<p>लेटेस्ट हिंदी समाचार, ब्रेकिंग न्यूज़ के लिए राजधानी टाइम्स ऐप डाउनलोड करें।</p>';
    const body = run(page(`<article>${story}${foot}</article>`)).body;
    expect(body).not.toContain('ऐप डाउनलोड');
    expect(body.endsWith('the next steps.')).toBe(true);
    const closing = '<p>जिला प्रशासन ने लोगों से मौसम विभाग का चेतावनी ऐप डाउनलोड करने की अपील की है ताकि उन्हें समय पर सूचना मिल सके।</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('ऐप डाउनलोड करने की अपील');
  });

  it('drops a Russian-language newsroom\'s appeal and its button between the story\'s last paragraphs, and keeps a story\'s report of such an ask (rule "exiled newsroom\'s appeal")', () => {
    const last = '<p>Это уже третья атака на порт с начала осени. В октябре после удара дронов порт не работал двое суток.</p>';
    const appeal = '<div class="support"><p><strong>Нас заблокировали в России.</strong> Поддержите независимую журналистику — оформите ежемесячное пожертвование.</p><a href="/support">Поддержать</a></div>';
    const body = run(page(`<article>${story}${appeal}${last}</article>`)).body;
    expect(body).not.toMatch(/Поддержите|Поддержать/);
    expect(body).toContain('Это уже третья атака на порт');
    const told = '<p>Союз журналистов призвал читателей поддерживать независимую журналистику и подписываться на региональные издания.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('поддерживать независимую журналистику');
  });

  it.each([
    ['Hungarian', '<div class="support-box"><p><strong>Támogassa a független helyi újságírást!</strong> Havi 1000 forinttól segítheti a munkánkat.</p><a class="button" href="/tamogatas/">Támogatom</a></div>', /Támogass|Támogatom/],
    ['Czech', '<div class="podpora"><p>Podpořte nezávislou regionální žurnalistiku. Přispět můžete jednorázově i pravidelně.</p><a href="/podpora">Přispět</a></div>', /Podpořte|Přispět/],
    ['Slovak', '<div class="podpora"><p>Podporte nás. Každé euro pomáha, aby sme mohli písať o našom meste.</p><a href="/podpora">Prispieť</a></div>', /Podporte|Prispieť/],
  ])('drops a %s local paper\'s appeal and its button under the story (rule "appeal, in Central Europe")', (_language, appeal, words) => {
    const body = run(page(`<article>${story}${appeal}</article>`)).body;
    expect(body).not.toMatch(words);
    expect(body).toContain('berth report');
  });

  it('keeps a Hungarian story\'s report of someone asking others for support (rule "appeal, in Central Europe")', () => {
    const told = '<p>A polgármester arra kérte a lakókat, hogy támogassák a helyi vállalkozásokat, és az ünnepek előtt a városban vásároljanak.</p>';
    expect(run(page(`<article>${story}${told}</article>`)).body).toContain('támogassák a helyi vállalkozásokat');
  });

  it('keeps a story\'s closing sentence about who pays for a programme and who answers for it', () => {
    const closing = '<p>The ferry service receives financial support from the county, which is solely responsible for its timetable.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('receives financial support from the county');
  });

  it('keeps a story\'s closing sentence about another body\'s methodology (rule "methodology pointer")', () => {
    const closing = '<p>وانتقد خبراء مستقلون منهجية الدراسة، وقالوا إن منهجيتها لا تسمح بتعميم النتائج على كل المحافظات.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('منهجيتها لا تسمح');
  });

  it('keeps a story\'s closing sentence about a project a grant paid for (rule "funder\'s note")', () => {
    const closing = '<p>This project was funded by the harbour board in 2019, and the new pier is expected to open in May.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('This project was funded by the harbour board');
  });

  it('keeps a story\'s closing sentence that quotes a trader\'s "not financial advice", or names an independent series with no funder (rules "general-advice warning", "series\' funder")', () => {
    const quoted = '<p>“This is not financial advice,” the trader wrote beneath every clip he posted about the harbour company.</p>';
    expect(run(page(`<article>${story}${quoted}</article>`)).body).toContain('This is not financial advice');
    const series = '<p>The council launched an editorially independent series of public meetings on the harbour in May.</p>';
    expect(run(page(`<article>${story}${series}</article>`)).body).toContain('editorially independent series of public meetings');
  });

  it('keeps a story\'s closing sentence that reports the risk warning in quotes, or an investment decision left to a board (rules "investment risk warning", "no investment advice")', () => {
    const quoted = '<p>The regulator told the harbour fund to add “the value of investments can go down as well as up” to every advert it runs.</p>';
    expect(run(page(`<article>${story}${quoted}</article>`)).body).toContain('can go down as well as up');
    const board = '<p>Menurut Hendra, keputusan investasi pelabuhan baru kini berada di tangan dewan direksi dan akan diumumkan bulan depan.</p>';
    expect(run(page(`<article>${story}${board}</article>`)).body).toContain('keputusan investasi pelabuhan baru');
  });

  it('drops a notice set over the lead picture under the dek and the byline row, past the edge\'s count (rule "head over the lead picture"), and keeps a story\'s sentence about affiliate links', () => {
    const head = '<h1>Harbour savings rates fall</h1><p>The harbour savings banks cut their rates again this week, but a few still pay newcomers three per cent for a while.</p>'
      + '<p>Von Jana Roth · Aktualisiert am 06.12.2031</p><p>Mit * gekennzeichnete Links sind Affiliate-Links. Kommt darüber ein Abschluss zustande, erhalten wir eine Provision.</p>'
      + '<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn</figcaption></figure>';
    const body = run(page(`<article>${head}${story}</article>`), { title: 'Harbour savings rates fall' }).body;
    expect(body).not.toContain('Affiliate-Links');
    expect(body).toContain('harbour savings banks cut their rates');
    const told = '<p>The regulator found that the harbour bank’s links were affiliate links that paid the blogger a commission, and fined it KEPTLINKS.</p>';
    expect(run(page(`<article>${story}${told}${story}</article>`)).body).toContain('KEPTLINKS');
  });

  it('keeps a Japanese story\'s closing sentence that reports a denial of solicitation in the plain form (rule "no investment advice")', () => {
    const closing = '<p>同社は「特定の銘柄の売買を勧誘するものではない」と説明しており、港湾局も調査を続ける方針だ。</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('勧誘するものではない');
  });

  it('keeps a story\'s closing sentence about an independent body that is no newsroom', () => {
    const closing = '<p>The harbour trust is an independent charity, and its accounts are published every March.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('is an independent charity');
  });

  it('keeps a story\'s closing sentence about a town that is a member of a body not named for news', () => {
    const closing = '<p>The port is a member of the North Sea Harbours Association, which will meet in March.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('is a member of the North Sea Harbours Association');
  });

  it('keeps a story\'s closing sentence about a paper the study was published in', () => {
    const closing = '<p>Published in The Harbour Journal, December 2nd, 2031, the study is the first to count the port\'s seals.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('Published in The Harbour Journal');
  });

  it('keeps a story\'s sentence about a commission, which speaks of no links', () => {
    const body = run(page(`<article>${story}<p>Der Makler erhält vom Käufer eine Provision von drei Prozent.</p>${story}</article>`)).body;
    expect(body).toContain('Der Makler erhält vom Käufer eine Provision von drei Prozent.');
    const english = run(page(`<article><p>Harbour agents may earn a commission of two per cent on each berth they let.</p>${story}</article>`)).body;
    expect(english).toContain('Harbour agents may earn a commission');
    const arabic = run(page(`<article><p>وقال الوسيط إن الوكلاء يحصل على عمولة قدرها اثنان في المئة عن كل رصيف يؤجرونه.</p>${story}</article>`)).body;
    expect(arabic).toContain('يحصل على عمولة قدرها');
  });

  it.each([
    ['Spanish', '<p><em>Este artículo puede contener enlaces de afiliados. Si compras a través de ellos, recibo una pequeña comisión.</em></p>'],
    ['English', '<p>This post may contain affiliate links.</p>'],
    ['French', '<p>Cet article contient des liens affiliés.</p>'],
    ['English, naming the site,', '<p class="affiliate-note"><em>Harbour Tech may earn a commission when you buy through links on our site.</em></p>'],
    ['English, naming the site after the links,', '<p><em>If you buy something from a Harbour link, Example Media may earn a commission.</em></p>'],
    ['Arabic (rule "affiliate commission, in Arabic")', '<p class="disclosure">نختار المنتجات بشكل مستقل، وقد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة.</p>'],
  ])('drops a %s affiliate disclosure before the story', (_language, disclosure) => {
    const body = run(page(`<article>${disclosure}${story}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(8);
  });

  it('drops an advertising disclosure before the story', () => {
    const body = run(page(`<article><p><em>*Werbung: Dieser Beitrag enthält Werbung für eine Marke.</em></p>${story}</article>`)).body;
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it('drops the page\'s short link printed above the story, and keeps an address the story ends on', () => {
    const body = run(page(`<article><p>https://p.example/p/4SUrv</p>${story}<p>https://harbour.example/report-2031</p></article>`)).body;
    expect(body.startsWith('The harbour report')).toBe(true);
    expect(body.endsWith('https://harbour.example/report-2031')).toBe(true);
  });

  it('drops a press release\'s line to editors above the story, and keeps a sentence that opens with the words (rule "release line")', () => {
    const body = run(page(`<article><p style="text-align: center;"><strong>FOR IMMEDIATE RELEASE</strong></p>${story}</article>`)).body;
    expect(body.startsWith('The harbour report')).toBe(true);
    const sentence = '<p>Press release writers at the harbour office say the new timetable will be printed in May, along with the fares.</p>';
    expect(run(page(`<article>${sentence}${story}</article>`)).body.startsWith('Press release writers')).toBe(true);
  });

  it('drops an advertising label followed by a comma before the story', () => {
    const body = run(page(`<article><p>Werbung, mit Partnerlinks</p>${story}</article>`)).body;
    expect(body.startsWith('The harbour report')).toBe(true);
  });

  it('keeps the same words in the middle of the story, where they are the story', () => {
    const middle = '<p>The port authority said it would publish our app for iOS users in May, with all rights reserved.</p>';
    const body = run(page(`<article>${prose('harbour')}${prose('ferry')}${prose('pier')}${middle}${prose('tide')}${prose('dock')}${prose('quay')}${prose('crane')}${prose('berth')}${prose('lock')}</article>`)).body;
    expect(body).toContain('publish our app for iOS users');
  });

  it('keeps a closing sentence that mentions an app without speaking for the publisher', () => {
    const closing = '<p>Residents can download the ferry timetable app from Monday.</p>';
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('download the ferry timetable app');
  });

  it.each([
    ['a closing quotation that names an app', '<p>"We launched our app for iOS in May," the ferry operator said.</p>', 'We launched our app for iOS in May'],
    ['a closing sentence in which someone supports something', '<p>Die Stadt unterstütze die Fähre auch weiterhin, sagte der Bürgermeister.</p>', 'unterstütze die Fähre'],
    ['a closing sentence about a country joining an alliance', '<p>Sweden hopes to become a member of the alliance next year.</p>', 'become a member of the alliance'],
    ['a closing sentence about written permission', '<p>The harbour master gave his written permission on Friday.</p>', 'gave his written permission'],
    ['a closing sentence about a paper its readers kept alive', '<p>El diario sobrevivió gracias al apoyo de sus lectores.</p>', 'gracias al apoyo de sus lectores'],
    ['a closing sentence about help for flood victims', '<p>Die Stadt informiert über Unterstützungsmöglichkeiten für die Flutopfer.</p>', 'Unterstützungsmöglichkeiten für die Flutopfer'],
    ['a closing sentence about a browser\'s bookmarks', '<p>The browser now keeps such pages in your bookmarks.</p>', 'keeps such pages in your bookmarks'],
    ['a closing sentence asking whether a report helped', '<p>Was this report helpful to the council? Not yet, the mayor said.</p>', 'Was this report helpful'],
    ['a closing sentence about a tip to the police', '<p>Police said they got a tip from a ferry passenger on Sunday.</p>', 'got a tip from a ferry passenger'],
    ['a closing sentence about a tip someone had', '<p>Police have a tip from a ferry passenger, the chief said on Sunday.</p>', 'have a tip from a ferry passenger'],
    ['a closing sentence about readers who log in', '<p>Readers who log in to comment will see the new rules from Monday, the editor said.</p>', 'Readers who log in'],
    ['a closing interview question about questions', '<p>Haben Sie Fragen an die Stadt? Ja, viele, und ich warte seit Monaten auf Antworten.</p>', 'Haben Sie Fragen an die Stadt'],
    ['a closing sentence about an article someone wrote', '<p>This article was produced by the council\'s own staff, the mayor said, not by AI.</p>', 'produced by the council'],
    ['a closing sentence about copyright law', '<p>Copyright law protects the harbour photographs until 2040.</p>', 'Copyright law protects'],
    ['a closing sentence about comments being closed to the public', '<p>The harbour master said the comments are closed to the public until May.</p>', 'the comments are closed to the public'],
    ['a closing sentence about following someone', '<p>The police asked residents to follow the ferry crew on their way home.</p>', 'follow the ferry crew'],
    ['a closing sentence that links one company\'s privacy policy', '<p>The ferry operator changed <a href="https://ferry.example/privacy">its privacy policy</a> on Monday, <a href="https://harbour.example/report">the report</a> says.</p>', 'changed its privacy policy'],
    ['a closing sentence about a subscribed newsletter', '<p>Der Hafenmeister hatte den Newsletter der Reederei abonniert.</p>', 'Newsletter der Reederei abonniert'],
    ['a closing sentence about an error someone found', '<p>Ha detectado un error en las cuentas del puerto, según el concejal.</p>', 'Ha detectado un error'],
    ['a closing sentence about data published on their own', '<p>Die Pegelstände werden automatisch veröffentlicht, sagte der Hafenmeister.</p>', 'automatisch veröffentlicht'],
    ['a closing sentence about a news feed', '<p>The ferry operator posts its delays on a feed that riders follow.</p>', 'posts its delays on a feed'],
    ['a closing sentence about another paper\'s report', '<p>Darüber berichtete zuerst die Hafenzeitung, ohne den Bürgermeister zu nennen.</p>', 'Darüber berichtete zuerst'],
    ['a closing sentence about a company\'s site', '<p>Ferry.example is one of the busiest booking sites in the region.</p>', 'busiest booking sites'],
    ['a closing sentence about a printed timetable', '<p>Printed on recycled paper, the new timetable is free at every pier.</p>', 'Printed on recycled paper'],
    ['a closing sentence about the views residents expressed', '<p>The views residents expressed at the meeting will shape the ferry plan.</p>', 'The views residents expressed'],
    ['a closing sentence about a plan not in its final form', '<p>The council said the ferry plan may not be in its final form before May.</p>', 'ferry plan may not be in its final form'],
    ['a closing Chinese sentence about an editor in charge', '<p>责任编辑制度将于明年推广到全省各家报社。</p>', '责任编辑制度'],
  ])('keeps %s', (_kind, closing, kept) => {
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain(kept);
  });

  it('keeps a long closing paragraph that quotes such a phrase', () => {
    const closing = `<p>The union, which says its members were never asked, wrote that "all rights reserved" notices on the harbour maps are ${'unfair, outdated and costly; '.repeat(12)}and asked the council to change them.</p>`;
    expect(run(page(`<article>${story}${closing}</article>`)).body).toContain('notices on the harbour maps');
  });

  it('drops the icon a callout box sets beside its notice, and keeps a story\'s own section mark', () => {
    const callout = '<div class="card"><div class="card-emoji">📩</div><div class="card-text">Forwarded this story? Our newsletter brings you the harbour news every Thursday.</div></div>';
    const body = run(page(`<article>${prose('lock')}${prose('canal')}<p>* * *</p>${story}${callout}${prose('weir')}${prose('sluice')}${prose('jetty')}${prose('wharf')}</article>`)).body;
    expect(body).not.toContain('📩');
    expect(body).not.toContain('Our newsletter');
    expect(body).toContain('* * *');
  });
});

describe('disguised copy', () => {
  it('drops a block whose words mix Latin letters with Cyrillic look-alikes', () => {
    const disguised = '<p>Аdvеrtіѕе wіth thе bеѕt nеwѕ site in tоwn. Cаll uѕ tоdаy!</p>';
    const body = run(page(`<article>${story}${disguised}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(8);
    expect(body).not.toContain('site in');
  });

  it('keeps a Latin-alphabet paragraph with a few words typed with a Cyrillic letter (rule "slips of the other keyboard")', () => {
    const slipped = '<p>Mektep eki qabatty, onda 600 oqýshy oqıdy. Ǵımarat qurylysyna respýblıkalyq bıýdjetten qarajat bólіndі, dep atap óttі ákіm.</p>';
    expect(run(page(`<article>${story}${slipped}</article>`)).body).toContain('dep atap óttі ákіm.');
  });

  it('keeps prose that sets Cyrillic and Latin words side by side', () => {
    const bilingual = '<p>The street sign reads Київ above Kyiv, and the shop next to it sells iPhone cases under a sign that says Телефони.</p>';
    expect(run(page(`<article>${story}${bilingual}</article>`)).body).toContain('Київ above Kyiv');
  });
});

describe('rule "unrendered plugin tag"', () => {
  it('drops a paragraph that is only a plugin tag or shortcode the CMS left unexpanded, wherever it sits', () => {
    const tags = ['<p>{loadposition readalso}</p>', '<p>[gallery ids="4,7,9"]</p>', '<p>{{ related_box }}</p>'];
    const body = run(page(`<article>${prose('harbour')}${tags.join(prose('ferry'))}${prose('pier')}</article>`)).body;
    expect(body.split('\n\n')).toHaveLength(4);
    expect(body).not.toMatch(/loadposition|gallery|related_box/);
  });

  it('keeps an editor\'s bracketed words and a paragraph that only opens with a tag', () => {
    const kept = '<p>[and]</p><p>%</p><p>[caption id="attachment_5" width="300"] The harbour at dawn, seen from the pier.</p>';
    const body = run(page(`<article>${prose('harbour')}${kept}${prose('ferry')}</article>`)).body;
    expect(body).toContain('[and]');
    expect(body).toContain('\n\n%\n\n');
    expect(body).toContain('The harbour at dawn');
  });
});

describe('rule "end mark"', () => {
  const release = ['library', 'bookmobile', 'grant', 'hotspot'].map((topic) => prose(topic)).join('');
  const forEditors = '<p><b>Media Contact:</b><br>Jane Roe<br>Communications Manager<br>jroe@library.example</p><p>SOURCE Example Library System</p><p>Related Links</p><p><a href="http://library.example">http://library.example</a></p>';

  it.each(['###', '# # #', '-30-', '- END -', 'Lusa/Fim', 'FIM', '(يتبع)', '-MORE-', 'FIN', '-fin-', 'انتهای پیام/'])('drops the mark %s and what follows it', (mark) => {
    const body = run(page(`<article>${release}<p>${mark}</p>${forEditors}</article>`)).body;
    expect(body).not.toMatch(/Media Contact|SOURCE|Related Links|library\.example/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps the sections of a story that parts them with the same mark', () => {
    const body = run(page(`<article>${prose('library')}<p>###</p>${prose('bookmobile')}<p>###</p>${prose('grant')}</article>`)).body;
    expect(body).toContain('The grant report');
  });

  it('keeps a story whose longer part comes after the mark', () => {
    const body = run(page(`<article>${prose('library')}<p>###</p>${release}</article>`)).body;
    expect(body).toContain('The hotspot report');
  });
});

describe('a closing list of the site\'s top reads', () => {
  it('drops the bold line "More Top Reads From …" with the links under it, and keeps the story\'s last paragraph', () => {
    const story = ['refinery', 'diesel', 'margin'].map((topic) => prose(topic)).join('');
    const reads = '<p><strong>More Top Reads From Crudewatch.example</strong></p><ul><li><a href="/a.html">OPEC+ Extends Cuts, but the Market Shrugs</a></li><li><a href="/b.html">Gasoline Prices Fall Below $3</a></li></ul>';
    const body = run(page(`<article>${story}${reads}</article>`)).body;
    expect(body).not.toMatch(/More Top Reads|Market Shrugs/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });
});

describe('rule "notes to editors"', () => {
  const release = ['library', 'bookmobile', 'grant'].map((topic) => prose(topic)).join('');
  const notes = '<ol><li>The survey was carried out in May. Names have been changed.</li><li>Example Library Trust is a registered charity.</li></ol><h3>For more information</h3><p>Call the press office on 020 7946 0000 or write to media@library.example.</p>';

  it.each(['<h2>Notes to editors</h2>', '<p><b>Note for editors:</b></p>', '<h3>Note aux rédactions</h3>', '<h3>Hinweis für Redaktionen</h3>'])('drops the notes under %s and what follows them', (heading) => {
    const body = run(page(`<article>${release}${heading}${notes}</article>`)).body;
    expect(body).not.toMatch(/editors|rédactions|Redaktionen|survey was carried out|registered charity|more information|7946/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps an editor\'s note, and a section under such a heading that runs longer than the story above it', () => {
    expect(run(page(`<article>${release}<p><b>Editor's note:</b></p><p>This story was corrected on Monday.</p></article>`)).body).toContain('This story was corrected');
    const long = run(page(`<article>${prose('library')}<h3>Notes to editors</h3>${release}</article>`)).body;
    expect(long).toContain('The grant report');
  });
});

describe('rule "safe harbor statement"', () => {
  const story = ['harbour', 'ferry', 'pier'].map((topic) => prose(topic)).join('');
  const about = '<p><b>About Harbour Storage, Inc.</b></p><p>Harbour Storage builds batteries for ports. It was founded in 2017 and is based in Boston.</p>';
  const legal = '<p>This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially.</p>';

  it.each([
    ['a bold line', '<p><b>Forward-Looking Statements</b></p>'],
    ['a heading', '<h3>Cautionary Note Regarding Forward-Looking Statements</h3>'],
    ['a "Safe Harbor Statement" heading', '<h2>Safe Harbor Statement</h2>'],
    ['a heading that names the notice beside it', '<h3>Forward-Looking Statements and Risk Factors</h3>'],
    ['an oil major\'s heading (rule "cautionary statement relevant to")', '<h3>Cautionary Statement Relevant to Forward-Looking Information</h3>'],
  ])('drops the closing legal notice under %s, and keeps the "About" paragraph above it', (_kind, heading) => {
    const body = run(page(`<article>${story}${about}${heading}${legal}<p>The company undertakes no obligation to update them.</p></article>`)).body;
    expect(body).not.toMatch(/Forward-Looking|Safe Harbor|Securities Litigation|no obligation/);
    expect(body.endsWith('based in Boston.')).toBe(true);
  });

  it('keeps such a section with more of the story after it, or with something else under its heading', () => {
    const middle = run(page(`<article>${prose('harbour')}<h3>Forward-Looking Statements</h3>${legal}<h3>Next steps</h3>${prose('pier')}</article>`)).body;
    expect(middle).toContain('Securities Litigation');
    const other = '<p>The regulator wants fewer promises in releases, its chair said at the hearing on Monday afternoon.</p>';
    expect(run(page(`<article>${story}<h3>Safe harbor</h3>${other}</article>`)).body).toContain('fewer promises');
  });
});

describe('rule "translation note" keeps the story\'s own sentences about a translation', () => {
  it('keeps a closing sentence on a book that was translated, or that opens otherwise', () => {
    const body = run(page(`<article>${story}<p>The novel was translated into Arabic by volunteers at the harbour library last year.</p></article>`)).body;
    expect(body).toContain('The novel was translated into Arabic');
  });
});

describe('rule "witness appeal box"', () => {
  it('drops the police appeal box under its heading that closes a crime story, with the number to call', () => {
    const body = run(page(`<article>${story}<h3>Zeugenaufruf</h3><p>Ein dritter Tatverdächtiger ist flüchtig. Hinweise nimmt die Kriminalpolizei unter Telefon 0351 483-2233 entgegen.</p></article>`)).body;
    expect(body).not.toContain('Zeugenaufruf');
    expect(body).not.toContain('483-2233');
    expect(body.split('\n\n')).toHaveLength(8);
  });

  it('keeps a closing section under such a heading that gives no number, or that goes on as the story', () => {
    const bare = run(page(`<article>${story}<h3>Police appeal</h3><p>Detectives said they were still looking for the driver of a white van seen near the quay.</p></article>`)).body;
    expect(bare).toContain('Police appeal');
    const long = run(page(`<article>${story}<h3>Can you help?</h3><p>Detectives want to trace the driver. Call 0800 555 111.</p><p>The harbour master said the quay would reopen on Friday.</p><p>Ferries will run to the old timetable until then.</p></article>`)).body;
    expect(long).toContain('Call 0800 555 111.');
  });
});

describe('rule "institution\'s boilerplate"', () => {
  it.each([
    ['an English release', '<h3>About Northfield State University</h3><p>Founded in 1889, Northfield State University is a public university serving more than 17,000 students.</p>'],
    ['a Turkish release, the press office\'s card above it', '<h4>Basın ve Halkla İlişkiler Müdürlüğü</h4><p>Tel: 0232 555 14 20<br>E-posta: basin@kuzeyege.example</p><h4>Kuzey Ege Üniversitesi Hakkında</h4><p>1994 yılında kurulan Kuzey Ege Üniversitesi, 12 fakülte ve 4 enstitüde 31 bini aşkın öğrenciye eğitim vermektedir.</p>'],
    ['a French release under a bold line', '<p><strong>À propos de l\'Université du Littoral</strong></p><p>Créée en 1991, l\'Université du Littoral accueille 12 000 étudiants sur quatre campus.</p>'],
  ])('drops the closing section on the institution in %s', (_kind, section) => {
    const body = run(page(`<article>${story}${section}</article>`)).body;
    expect(body).not.toMatch(/About|Hakkında|propos|Founded|1994|Créée|0232/);
    expect(body.split('\n\n')).toHaveLength(8);
  });

  it('keeps a closing section about the study or the author, and one that runs longer than a boilerplate', () => {
    expect(run(page(`<article>${story}<h3>About the study</h3><p>The researchers followed 2,400 pupils for six years.</p></article>`)).body).toContain('About the study');
    expect(run(page(`<article>${story}<h3>About the Study</h3><p>The study followed 2,400 pupils for six years.</p></article>`)).body).toContain('About the Study');
    expect(run(page(`<article>${story}<h3>Über die Studie</h3><p>Die Studie begleitete 2400 Schüler sechs Jahre lang.</p></article>`)).body).toContain('Über die Studie');
    const long = run(page(`<article>${story}<h3>About Harbour College</h3>${prose('campus')}${prose('library')}${prose('hall')}</article>`)).body;
    expect(long).toContain('About Harbour College');
  });
});

describe('rule "helpline note" keeps the story\'s own sentences', () => {
  it('keeps a closing paragraph that reports a help line in the third person', () => {
    const body = run(page(`<article>${story}<p>Victim Support said anyone affected by the fire could call its line on 0808 555 0123, which is open every day.</p></article>`)).body;
    expect(body).toContain('Victim Support said anyone affected');
  });
});

describe('rules "court\'s order note" and "update note" keep the story\'s own sentences', () => {
  it('keeps a closing paragraph that reports what an order bars, or that goes on after the update', () => {
    const body = run(page(`<article>${story}<p>Reporting restrictions apply to the names of the two children, the judge said, and to the address of the flat.</p><p>This story has been updated with the verdict. The jury deliberated for 14 hours over two days and acquitted on three counts.</p></article>`)).body;
    expect(body).toContain('Reporting restrictions apply to the names');
    expect(body).toContain('The jury deliberated for 14 hours');
  });

  it('keeps an editor\'s note that names what the update added (rule "update note")', () => {
    const body = run(page(`<article>${story}<p><em>Editor's note, December 4: This story was updated with the jury's verdict and the defence's statement.</em></p></article>`)).body;
    expect(body).toContain('updated with the jury\'s verdict');
  });
});

describe('rule "no legal advice" keeps the story\'s own sentences', () => {
  it('keeps a closing sentence that says what was legal advice, or that reports a free consultation offered to others', () => {
    const body = run(page(`<article>${story}<p>The tribunal found that the chatbot's answers were legal advice, and fined its maker.</p><p>The clinic, which opened in March, gives tenants a free consultation every Thursday.</p></article>`)).body;
    expect(body).toContain('were legal advice');
    expect(body).toContain('gives tenants a free consultation');
  });
});

describe('rule "presumption of innocence note" keeps the story\'s own sentences', () => {
  it('keeps a closing paragraph that names its defendant, or that ends on the formula', () => {
    const body = run(page(`<article>${story}<p>Okafor, who denies both charges, is presumed innocent until proven guilty.</p><p>Der 45-Jährige sitzt in Untersuchungshaft. Es gilt die Unschuldsvermutung.</p></article>`)).body;
    expect(body).toContain('Okafor, who denies both charges');
    expect(body).toContain('Es gilt die Unschuldsvermutung.');
  });
});

describe('rules "embargo note" and "information-only disclaimer" keep the story\'s own sentences', () => {
  it('keeps a quoted embargo and a sentence on a trade embargo, at the edges of the story', () => {
    const body = run(page(`<article>${story}<p>"The data were embargoed until noon," the agency's spokesperson said.</p><p>The embargo on grain exports was lifted in March.</p></article>`)).body;
    expect(body).toContain('embargoed until noon');
    expect(body).toContain('The embargo on grain exports');
  });

  it('keeps a sentence that reports what a treatment does not replace (rule "information-only disclaimer")', () => {
    const body = run(page(`<article>${story}<p>Il farmaco non sostituisce la visita di controllo, ha precisato l'agenzia, ma la rende meno frequente.</p><p>وقال الطبيب إن القياس المنزلي مفيد لكنه لا يلغي المتابعة الدورية.</p></article>`)).body;
    expect(body).toContain('Il farmaco non sostituisce la visita di controllo');
  });

  it('keeps an editors\' note that corrects the story, though it names a press release (rule "press release note")', () => {
    const body = run(page(`<article>${story}<p>Hinweis der Redaktion: In einer früheren Version stand, die Pressemitteilung sei am Dienstag erschienen.</p></article>`)).body;
    expect(body).toContain('In einer früheren Version');
  });
});

describe('rule "disclaimer label"', () => {
  it.each([
    ['an Arabic portal\'s', '<p>إخلاء مسؤولية: المحتوى أعلاه بيان صحفي صادر عن الجهة المذكورة، ولا يتحمل الموقع أي مسؤولية عن دقته.</p>', /إخلاء/],
    ['an English wire\'s', '<p>Disclaimer: The issuer is solely responsible for the content of this announcement.</p>', /Disclaimer|solely responsible/],
  ])('drops %s disclaimer under its label closing a release', (_, notice, gone) => {
    const body = run(page(`<article>${story}${notice}</article>`)).body;
    expect(body).not.toMatch(gone);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('drops a bare label and the long notice under it (rule "notice under its label")', () => {
    const notice = '<p><b>Legal Disclaimer:</b></p><p>Example Wire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article. If you have any complaints or copyright issues related to this article, kindly contact the author above.</p>';
    const body = run(page(`<article>${story}${notice}</article>`)).body;
    expect(body).not.toMatch(/Legal Disclaimer|without warranty/);
    expect(body.endsWith('the next steps.')).toBe(true);
  });
});

it('keeps a writer\'s aside that wears the disclaimer label but disclaims nothing (rule "disclaimer label")', () => {
  const aside = '<p>Disclaimer: if you see different sizes when you update by hand, that is because manual updates do not use the new method yet.</p>';
  expect(run(page(`<article>${story}${aside}</article>`)).body).toContain('Disclaimer: if you see different sizes');
});

describe('rule "release as provided"', () => {
  it.each([
    ['an English paper\'s', '<p><em>This press release was distributed by Example Wire and is published here as provided by the issuer.</em></p>', /distributed by/],
    ['a French paper\'s', '<p>Ce communiqué a été diffusé par Example Wire au nom de son émetteur.</p>', /Ce communiqué/],
  ])('drops %s note under a release it runs verbatim', (_, note, gone) => {
    const body = run(page(`<article>${story}${note}</article>`)).body;
    expect(body).not.toMatch(gone);
    expect(body.endsWith('the next steps.')).toBe(true);
  });

  it('keeps a story\'s sentence about a company\'s release', () => {
    const line = '<p>The company\'s release was issued after markets closed on Friday.</p>';
    expect(run(page(`<article>${story}${line}</article>`)).body).toContain('release was issued after markets closed');
  });
});
