/**
 * Round 85's rules (Lithuanian, Latvian and Estonian news portals), each on a small hand-written page.
 */
import { extract } from '../../lambdas/extract';

const NOW = new Date('2026-12-06T12:00:00Z');
const run = (html: string, url = 'https://portalas.example/naujienos/miestas/straipsnis-5534') => extract(Buffer.from(html), { url, now: NOW });

const STORY = [
  'Miesto taryba penktadienį pritarė naujam viešojo transporto planui, kuris numato tris naujus autobusų maršrutus.',
  'Pirmieji autobusai naujais maršrutais turėtų pajudėti sausio mėnesį, kai bus baigti stotelių įrengimo darbai.',
  'Planas per metus kainuos apie 2 mln. eurų, išlaidas dalinsis savivaldybė ir valstybė.',
];
const page = (lang: string, inner: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Straipsnis</title></head>
  <body><h1>Taryba pritarė naujam transporto planui</h1>${inner}</body></html>`;
const paragraphs = STORY.map((text) => `<p>${text}</p>`).join('');

describe('rule "comments in the Baltic languages"', () => {
  it.each([['lt', 'komentarai', 'Komentuoti gali tik prisiregistravę vartotojai.'], ['et', 'kommentaarid', 'Kommenteerida saavad ainult registreeritud kasutajad.']])(
    'drops the readers\' box a %s template names "%s"', (lang, name, note) => {
      const record = run(page(lang, `<div class="left-col"><div class="autorius">Rūta Vaitkutė</div>${paragraphs}
        <div class="${name}"><h3>Komentarai</h3><p>${note}</p><form><textarea></textarea><button>Komentuoti</button></form></div></div>`));
      expect(record.body).not.toContain(note);
      expect(record.body.split('\n\n').at(-1)).toBe(STORY[2]);
    },
  );
});

describe('rule "ad label in small print"', () => {
  it('drops the side column of a table layout whose ad label is set in a <font size="1">, and the banner under the label', () => {
    const record = run(`<html><head><meta charset="utf-8"><title>Šiaulių žinios - Šiauliuose atnaujintas Prisikėlimo aikštės fontanas</title></head><body><table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><a href="/"><img src="/img/logo.gif" alt="Šiaulių žinios" border="0"></a></td></tr>
<tr><td colspan="2" class="meniu"><a href="/naujienos.php">Naujienos</a> | <a href="/kultura.php">Kultūra</a> | <a href="/sportas.php">Sportas</a> | <a href="/skelbimai.php">Skelbimai</a> | <a href="/archyvas.php">Archyvas</a></td></tr>
<tr>
<td width="160" valign="top" class="kaire">
<b>Naujausios</b><br>
<a href="/straipsnis.php?id=20411">Gatvių apšvietimas bus keičiamas</a><br>
<a href="/straipsnis.php?id=20409">Rajono ūkininkai gavo paramą</a><br><br>
<font size="1">Reklama</font><br><a href="/reklama.php?b=7"><img src="/banner/stogai.gif" border="0"></a>
</td>
<td width="620" valign="top">
<font face="Verdana" size="2">
<b><font size="4">Šiauliuose atnaujintas Prisikėlimo aikštės fontanas</font></b><br>
<font color="#666666" size="1">Paskelbta: 2026-12-04 09:15 | Autorius: Vaidas Kazlauskas | Skaityta: 512 kartų</font><br><br>
<img src="/foto/2026/fontanas.jpg" width="400" alt=""><br><font size="1">Nuotr. Vaido Kazlausko</font><br><br>
Po dvejus metus trukusios rekonstrukcijos Šiaulių Prisikėlimo aikštėje vėl veikia fontanas. Jis gavo naują apšvietimą ir vandens valymo sistemą.<br><br>
Darbai kainavo beveik 1,2 mln. eurų. Rangovas darbus baigė keturiais mėnesiais vėliau nei planuota, todėl savivaldybė jam skyrė baudą.<br><br>
„Fontanas dabar sunaudos perpus mažiau elektros, o žiemą jo baseinas bus uždengtas ir tarnaus kaip scena“, – sakė miesto architektas Gediminas Šulcas.<br><br>
Iškilmingas fontano atidarymas numatytas pavasarį, kai jis bus paleistas visu pajėgumu.<br><br>
<a href="javascript:window.print()">Spausdinti</a> | <a href="/siusti.php?id=20412">Siųsti draugui</a> | <a href="/komentarai.php?id=20412">Komentarai (3)</a>
</font>
</td>
</tr>
<tr><td colspan="2" align="center"><font size="1">© 2004–2026 Šiaulių žinios. Visos teisės saugomos.</font></td></tr>
</table>
</body></html>`);
    expect(record.body.split('\n\n')[0]).toBe('Po dvejus metus trukusios rekonstrukcijos Šiaulių Prisikėlimo aikštėje vėl veikia fontanas. Jis gavo naują apšvietimą ir vandens valymo sistemą.');
    expect(record.body).not.toContain('Naujausios');
    expect(record.leadImage?.url).toBe('https://portalas.example/foto/2026/fontanas.jpg');
  });
});
