/**
 * The twelfth red-team round's CJK field pages: invented Chinese, Japanese and Korean news pages whose fields other
 * than the body are set as those sites set them. View and comment counters written around markup ("阅读：<i>1234</i>",
 * "浏览 <span>5,678</span>次", "댓글 <span>56</span>", "조회수 1,234" in a meta list above an `<article>` that wraps only
 * the story, "閲覧数 2,345", a Japanese portal's "コメント<span>128</span>件"), Japanese writers named without a space
 * ("山田太郎記者", "文・佐藤花子　写真・小林健", "（田中一郎）" closing the story, "経済部・佐藤健一" under the date),
 * Korean "글·사진 … 기자" and Chinese "作者：王强 通讯员 李华", agency copy credited where those
 * sites credit it (a portal's provider box before its "12/3(木) 14:05", "共同通信" on a line under the date, a
 * Xinhua telegram dateline and a "来源：新华社" row, Taiwan's bracketed CNA dateline, Yonhap and Newsis openings, a "【ワシントン＝共同】" opener), "午後2時5分" clocks,
 * a county government's GB2312 page with "点击数：", a Taiwanese blog's "留言(12) 人氣(3456)" under a
 * "Dec 03 Thu 2026 14:05" stamp in boxes, Chinese "来源：" and "责任编辑：" lines (an editor is no author), 입력/수정 and 등록/업데이트 pairs with 오후 clocks, a headline known
 * only from a title with its 「…」 and its "｜site" suffix, and pages served in GBK, Big5, Shift_JIS, EUC-JP and EUC-KR (stored
 * as raw bytes). `expectations.json` states what a careful reader says the record holds; what the engine still
 * misses is named in the round's report.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam12-cjkfields'), NOW);
