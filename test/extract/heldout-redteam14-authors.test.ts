/**
 * The fourteenth round's pages on the authors field, 33 of them: writers stated in shapes the earlier rounds had not
 * met. A Catalan "Text: … i … | Fotografies: …" credit, a French "Reportage : … et …, à <place> — Photos : …" line,
 * a German byline box that runs the writer, the translator, the date and the reading time together while the meta
 * tag declares both, an Arabic "كتب: … و…" over a translator's and an editor's credit, an Arabic desk ("فريق
 * التحرير") and a Brazilian one ("Da Redação", a "Newsroom" meta tag) that name no one, a Japanese "文・…、…　写真・…"
 * credit, a Turkish "Haber: … - Fotoğraf: …" line, a Ghost post whose writer is named only in an `<address>` card
 * after the text, a JSON-LD author array mixing people and a desk, a byline in capitals with the writer's post and a
 * closing "Contributing:" line, a Dutch "Door … en …" row beside the date and the reading time, a Russian "Текст: …,
 * …. Фото: …" line, a British magazine's "Words by … & … / Pictures by …", a Korean "글·사진 … 기자" credit, reports
 * credited by their genre ("Ein Bericht von … und …", "Servizio di … e …", "Reportagem de … e … (texto) e …
 * (fotografia)"), two writers each with a post in one byline, a Swedish "Text: … Foto: …" row, a Mexican byline in
 * capitals joined by "Y", a French "Par … et … Publié le …" row run together, a Vietnamese "Bài và ảnh: …" signed
 * under the text, a desk declared as a Person ("Metro Desk") that names no one, and a feature's credit list ("Story
 * by …", "Video by …", "Graphics by …"), joint credits of text and pictures in Czech and Polish ("Text a foto:",
 * "Tekst i zdjęcia:"), an Indonesian "Reporter: …, … | Editor: …" row, a Persian "نویسندگان: … و …" (writers) beside the photographer's
 * credit, a byline in capitals run together with the date and the reading time, a byline that closes with "With
 * reporting by … in …." as a sentence of its own, an Arabic "إعداد: … و …" with a spaced "and", and two desks that
 * name no one, a Spanish "Redacción Deportes" and an Indonesian "Tim Redaksi" whose row runs on into the weekday. Each
 * page is stored as the site serves it, and `expectations.json` states, field by field, what a careful reader says
 * the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-04T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam14-authors'), NOW);
