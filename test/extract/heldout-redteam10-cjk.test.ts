/**
 * The tenth red-team round's CJK pages: invented Chinese (simplified and traditional), Japanese and Korean news pages
 * as portals and papers serve them. A mainland portal in GBK declared as gb2312 crediting a China News Service
 * dateline, a provincial site in GB18030 running a Xinhua story with a hit counter, a party paper's spaced-out
 * "本报记者" names and print-edition line, a Taiwanese paper in Big5 and another opening on its bracketed reporter,
 * a Hong Kong "文／" byline with 發布時間 and 最後更新, a tech site's "文｜" and "编辑｜" lines, Japanese pages with
 * a "（共同）" close, a "【ワシントン＝…】" opener with its 更新 note, a Shift_JIS regional paper dated in the Reiwa era
 * and signed by an 編集委員, an EUC-JP portal's "12/3(木) 14:05" from 時事通信, and Korean pages with 입력/수정
 * stamps, an EUC-KR local site carrying a 연합뉴스 story with 조회수, a regional paper's 뉴시스 copy set as text and breaks in one
 * block, and a portal's 오후 clock and reporter email.
 * Each page is stored as the site serves it (legacy charsets as raw bytes), and `expectations.json` states what a
 * careful reader says the record holds; what the engine still misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-03T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam10-cjk'), NOW);
