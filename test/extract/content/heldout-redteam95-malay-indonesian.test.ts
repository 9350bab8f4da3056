import { extract } from '../../../lambdas/extract';
import { FURNITURE_HEADING } from '../../../lambdas/extract/content/vocabulary';

const now = new Date('2026-12-08T12:00:00Z');
const story = [
  'SEMARANG – Ratusan pedagang Pasar Johar kembali menempati kios baru setelah renovasi yang berlangsung hampir dua tahun.',
  'Dinas Perdagangan mencatat 1.200 kios telah diundi dan dibagikan kepada pedagang lama sejak awal pekan. Sebagian pedagang masih menata barang dagangan mereka hingga Sabtu malam.',
  'Pemerintah kota membebaskan retribusi selama tiga bulan pertama agar pedagang dapat memulihkan usaha setelah lama berjualan di lokasi relokasi sementara di kawasan MAJT.',
  '“Kami senang bisa kembali berjualan di tempat yang lebih bersih,” kata Suparmi, pedagang kain.',
].join('<br><br>\n');
const page = (after: string) => '<html><head><title>Pedagang Kembali ke Pasar Johar :: Warta Pesisir</title></head><body><table><tr><td>'
  + `<span class="judul">Pedagang Kembali ke Pasar Johar</span><br><span class="isi">${story}<br><br></span>${after}</td></tr></table></body></html>`;
const body = (after: string) => extract(Buffer.from(page(after)), { url: 'http://wartapesisir.example/index.php?id=77', now }).body;

describe('Indonesian and Malay portal furniture', () => {
  it('leaves the list of the portal\'s other news under its heading out (rule "other news in Indonesian and Malay")', () => {
    for (const heading of ['Berita Lainnya:', 'Berita Terkait', 'Artikel Berkaitan', 'Berita Lainnya dari Semarang']) expect(FURNITURE_HEADING.test(heading)).toBe(true);
    // A sentence that opens with the words is the story's.
    expect(FURNITURE_HEADING.test('Berita lainnya menyebutkan harga beras ikut naik pekan ini.')).toBe(false);
    const text = body('<span class="dibaca">Dibaca: 512 kali</span><br><br><b>Berita Lainnya:</b><br>&raquo; <a href="index.php?id=76">Banjir Rob Genangi Jalan Kaligawe</a><br>&raquo; <a href="index.php?id=75">Harga Bawang Merah Turun</a><br><br>');
    expect(text.split('\n\n').at(-1)).toBe('“Kami senang bisa kembali berjualan di tempat yang lebih bersih,” kata Suparmi, pedagang kain.');
    expect(text).not.toContain('Banjir Rob');
  });
});
