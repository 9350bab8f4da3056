/**
 * The thirteenth round's pages on wire-agency credits written inside the story's text: openers that name the agency
 * alone before a dash ("AGI - …", "واس - …"), in brackets ("(أ ف ب) -", "KUWAIT, Dec 3 (KUNA) --", "Madrid, 1 dic
 * (EFE).-", "Roma, 3 dic. (askanews) -", "Madrid (COLPISA) -", Hindi "(भाषा)"), on a dated row of their own (the Saudi
 * agency's "الرياض 12 جمادى الآخرة 1448 هـ … واس") or as a Russian dateline closed by a full stop ("МОСКВА, 4 дек —
 * РИА Новости."), a Japanese agency's bracket that credits the foreign agency it translated ("【パリＡＦＰ＝時事】",
 * "【ソウル聯合＝共同】"), Reuters' Japanese dateline in square brackets ("［東京 ３日 ロイター］ -") under a date row that names the
 * provider ("提供元：ロイター"), a Chinese telegram dateline of a foreign agency ("（法新社巴黎3日電）"), and the lines agency copy
 * closes with: Reuters' bracketed credits of its reporters and editors on a line of their own or run onto the last
 * sentence, Antara's "Pewarta: … / Editor: …", "Об этом сообщает РИА Новости.", "Про це повідомляє
 * «Інтерфакс-Україна».", a dash and the agency run onto the last sentence ("— Bernama", "—AFP"), a bare "ANSA", "(د ب
 * أ)" or "(أ.ش.أ)" line, Yonhap's copyright line, AP's copyright notice under a dateline that names no agency, end
 * marks ("//انتهى//", "انتهای پیام/", Lusa's "Lusa/Fim" under the desk's "ACC // JMR", Xinhua's "Enditem" and "（完）" on
 * a line of their own, China News Service's "(完)" run onto the last sentence, KUNA's English "(end) ak.gb"), and an Egyptian editor's bracketed initials, on a line of their
 * own or run onto the last sentence; the agency's name set after a line break at the end of the last paragraph
 * ("…<br><strong>ANSA</strong>"). Each page is stored as the site serves it; `expectations.json` states what a careful
 * reader says the record holds: the agency in `wireSource` (the original one when an agency runs another's copy), only
 * people as authors, and a body that keeps the story's text but no bare credit or signature line.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam13-wirelines'), NOW);
