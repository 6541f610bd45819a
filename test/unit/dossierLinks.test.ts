// A citation of a whole dossier ("Kamerstuk 34 359") has no document id, but the dossier has a public page that
// lists every stuk in it: the link and the hover lead there.
import { strict as assert } from 'node:assert';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { documentLinks } from '../../server/src/core/features/decorations';
import { hoverAt } from '../../server/src/core/features/hover';

const LETTER = 'Den Haag, 3 maart 2017 \n\nHet wetsvoorstel (Kamerstuk 34 359) en de brief over de JBZ-Raad (Kamerstuk 21 501-02) \n'
  + 'volgen op mijn brief van vorig jaar (Kamerstuk 29 754, nr. 380). \n';

describe('a citation of a whole dossier', () => {
  const corpus = new Corpus();
  const uri = 'file:///ws/corpus/brief.txt';
  corpus.update(uri, LETTER);
  const at = (s: string) => LETTER.indexOf(s);

  it('links to the dossier page on officielebekendmakingen.nl', () => {
    const links = documentLinks(corpus, uri);
    const dossier = links.find(l => l.span.start === at('Kamerstuk 34 359'));
    assert.ok(dossier, JSON.stringify(links));
    assert.equal(dossier!.target, 'https://zoek.officielebekendmakingen.nl/dossier/34359');
    assert.match(dossier!.tooltip, /dossier 34 359/);
    // The stuk keeps its own page.
    assert.ok(links.some(l => l.target === 'https://zoek.officielebekendmakingen.nl/kst-29754-380.html'));
  });

  it('a dossier with a suffix gets no guessed address', () => {
    assert.ok(!documentLinks(corpus, uri).some(l => l.span.start === at('Kamerstuk 21 501-02')));
  });

  it('the hover gives the dossier page', () => {
    const hover = hoverAt(corpus, uri, at('Kamerstuk 34 359') + 3)!;
    assert.match(hover.markdown, /\[officielebekendmakingen\.nl: dossier 34 359\]\(https:\/\/zoek\.officielebekendmakingen\.nl\/dossier\/34359\)/);
    const suffixed = hoverAt(corpus, uri, at('Kamerstuk 21 501-02') + 3)!;
    assert.doesNotMatch(suffixed.markdown, /\/dossier\//);
  });
});
