// What an organisation's hover and the index's variants show of how it is written: the words of the text,
// not the footer printed between its halves at a page break, and not the line-end hyphen of the PDF text.
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../server/src/core/features/hover';
import { Corpus } from '../../server/src/core/workspace/corpus';

// The layout of a motion's PDF text (Kamerstuk 19 637, nr. 2284): the name runs over the page's footer.
const MOTION = [
  'Tweede Kamer der Staten-Generaal 2',
  'Vergaderjaar 2016–2017 ',
  '',
  '19 637 Vreemdelingenbeleid ',
  '',
  'Nr. 2284 MOTIE VAN HET LID AZARKAN ',
  '',
  'Voorgesteld 1 februari 2017 ',
  '',
  'overwegende dat het de wettelijke taak van de Koninklijke Marechaussee is ',
  'om de grenzen van ons land te bewaken en grenscontroles uit te voeren; ',
  '',
  'verzoekt de regering om, de meerjarige behoeftestelling van de Koninklijke ',
  '',
  'Tweede Kamer, vergaderjaar 2016–2017, 19 637, nr. 2284 2',
  '',
  '',
  'Marechaussee inzichtelijk te maken en de Kamer hierover op korte termijn ',
  'te informeren, ',
  '',
  'en gaat over tot de orde van de dag. ',
  '',
  'De Nationaal Coördinator Terrorismebe-',
  'strijding en Veiligheid heeft dit gemeld.',
  '',
].join('\n');

describe('an organisation as it is written (hover, variants)', () => {
  const corpus = new Corpus();
  const uri = 'file:///ws/motie.txt';
  corpus.update(uri, MOTION);
  const orgs = corpus.get(uri)!.entities.filter(e => e.kind === 'organisation');

  it('the variants of the Koninklijke Marechaussee do not hold the footer printed inside one mention', () => {
    const broken = orgs.find(e => e.text.includes('\n') && e.text.startsWith('Koninklijke'));
    assert.ok(broken, `the mention across the page is recognised: ${orgs.map(o => JSON.stringify(o.text)).join(', ')}`);
    const variants = corpus.variantsOf('KMAR');
    assert.ok(!variants.some(v => /Tweede Kamer|vergaderjaar|2284/.test(v)), variants.join(' | '));
    const hover = hoverAt(corpus, uri, broken!.end - 2)!.markdown;
    assert.ok(!/vergaderjaar/.test(hover), hover);
  });

  it('the hover shows a name hyphenated at a line end as one word, and not twice when written as the name', () => {
    const nctv = orgs.find(e => e.text.startsWith('Nationaal Coördinator'));
    assert.ok(nctv);
    const title = hoverAt(corpus, uri, nctv!.start + 3)!.markdown.split('\n')[0];
    assert.equal(title, '**Nationaal Coördinator Terrorismebestrijding en Veiligheid**');
    const kmar = orgs.find(e => e.text === 'Koninklijke Marechaussee')!;
    assert.equal(hoverAt(corpus, uri, kmar.start + 3)!.markdown.split('\n')[0], '**Koninklijke Marechaussee**');
  });
});
