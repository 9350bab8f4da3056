import { AD_LABEL, isChannelPrompt } from '../../../lambdas/extract/content/vocabulary';

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
