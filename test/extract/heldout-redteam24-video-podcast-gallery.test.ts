/**
 * The twenty-fourth round's pages built around media, twelve of them: an American TV station's video page whose
 * producer is its only credit, the player's "02:45" and "Autoplay" over a written summary and a transcript, an "Up
 * Next" rail beside it; a British paper's podcast episode with "Listen on …" badges, a follow button, show notes and a
 * chapter list of timestamps; a Spanish photo gallery whose slides carry a "3/6" counter and a credit each; a French
 * regional channel's video with its summary under the player, "Lecture automatique" and an "À suivre" rail; a Turkish
 * live-TV page in windows-1254 with two paragraphs over the day's schedule; an Egyptian windows-1256 video page
 * crediting its "إعداد", camera and editor, its views counted; an American WordPress story with a video player and a
 * "Watch Next" rail set between its paragraphs; a Saudi photo album counting "1 من 4" with a "عدسة:" credit per
 * photo; a Mexican podcast episode whose show notes hold the chapter list and the production credits; a Belgian
 * "EN IMAGES" slideshow ("Photo 3/5", "© …") between a standfirst and a closing paragraph; a Turkish video news page
 * with "Sonraki video", "Otomatik oynat" and a "Muhabir:" row; an Australian gallery whose captions are the story.
 * `expectations.json` states, field by field, what a careful reader says the record holds.
 */
import { join } from 'node:path';
import { describeRedTeamPages } from '../support/red-team-pages';

/** After the latest date the pages print, so that none is refused as lying in the future. */
const NOW = new Date('2026-12-06T12:00:00Z');

describeRedTeamPages(join(__dirname, '../fixtures/heldout-redteam24-video-podcast-gallery'), NOW);
