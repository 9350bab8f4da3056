/**
 * The twenty-fifth round's Japanese, Korean, Taiwanese and Hong Kong news pages, eight of them: a Japanese
 * broadcaster's page without JSON-LD, dated "2026年12月5日 10時40分" with an "（更新 …）" line, a summary over the
 * story, a subheading in it and share row, related list, ranking and app box around it; a Shift_JIS regional paper in
 * a table layout dated only by era year ("令和８年１２月４日（木）"), its writer closing the story as "（松本健一）"; a
 * Japanese business portal with JSON-LD, a "記者名：" line, a paywalled second half, an app prompt in the text and a
 * comment box; a Korean portal CMS with "입력 … 수정 …" items, a reporter's name and e-mail closing the story and an
 * "AI 학습 … 금지" copyright note; a Korean business paper opening "[한강경제
 * 정다은 기자]", stamped "입력 2026.12.05 오전 9:12", with a summary box and a related-article box in the text; a
 * Taiwanese paper opening "〔記者王小明／台中報導〕" with "更新時間" and an app line at the end of the text; a Big5
 * Taiwanese page carrying a CNA story "（中央社記者李美華花蓮5日電）" dated "發稿時間：… 最後更新：…" with views; and a
 * Hong Kong page with "發佈時間" and "更新時間", a "撰文：" line, views and a newsletter box.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-07T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam25-east-asia-news'), NOW);
