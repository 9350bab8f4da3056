import { AD_LABEL, isChannelPrompt } from '../../../lambdas/extract/content/vocabulary';
import { extract } from '../../../lambdas/extract';
import { splitCreditInText } from '../../../lambdas/extract/content/picture-credits';

describe('West African furniture', () => {
  it('reads the Hausa, Yoruba and Igbo ad labels (rule "West African ad labels")', () => {
    expect(AD_LABEL.test('- Talla -')).toBe(true);
    expect(AD_LABEL.test('Ìpolówó')).toBe(true);
    expect(AD_LABEL.test('Mgbasa ozi')).toBe(true);
    expect(AD_LABEL.test('Talla ta karu a kasuwa')).toBe(false);
  });

  it('reads the Hausa and Yoruba channel prompts, Yoruba decomposed too (rule "West African channels")', () => {
    expect(isChannelPrompt('Ku kasance tare da mu a tasharmu ta WhatsApp domin samun labarai da dumi-duminsu.')).toBe(true);
    expect(isChannelPrompt('Bi tasharmu ta WhatsApp domin samun labarai kai tsaye a wayarku.')).toBe(true);
    expect(isChannelPrompt('Darapọ̀ mọ́ ìkànnì WhatsApp wa fún ìròyìn tó ṣẹ̀ṣẹ̀ dé.'.normalize('NFD'))).toBe(true);
    expect(isChannelPrompt('Kamfanin ya ce an samu matsala a tashar WhatsApp a ranar Litinin.')).toBe(false);
  });
});

describe('West African picture credits', () => {
  it('splits the Hausa and Yoruba photo words\' credit from the caption (rule "West African photo words")', () => {
    expect(splitCreditInText('Kwanduna na tumatir a kasuwar Kwanar Gafan. Hoto: Sadiq Abdullahi')).toEqual({ caption: 'Kwanduna na tumatir a kasuwar Kwanar Gafan.', credit: 'Hoto: Sadiq Abdullahi' });
    expect(splitCreditInText('Ọ́fíìsì INEC ní Abẹ́òkúta. Àwòrán: Tòpẹ́ Ògúnlànà'.normalize('NFD')).credit).toBe('Àwòrán: Tòpẹ́ Ògúnlànà'.normalize('NFD'));
  });
});

describe('newsroom credits', () => {
  it('drops the details row\'s newsroom credit written with the participle (rule "written by the newsroom")', () => {
    const story = '<p>Plusieurs quartiers de la ville sont privés d\'eau courante depuis une semaine, obligeant des milliers d\'habitants à acheter des bidons.</p>'.repeat(4);
    const html = `<html lang="fr"><body><div class="item-page"><h1>Pénurie d'eau</h1><dl class="article-info"><dd class="createdby">Écrit par <span>Rédaction</span></dd><dd class="published"><time datetime="2026-12-05T10:30:00+01:00">Publié le 5 décembre 2026</time></dd></dl><div class="body">${story}</div></div></body></html>`;
    const { body } = extract(Buffer.from(html), { url: 'https://portail.example/a', now: new Date('2026-12-06T12:00:00Z') });
    expect(body).not.toContain('Écrit par');
    expect(body.startsWith('Plusieurs quartiers')).toBe(true);
  });
});
