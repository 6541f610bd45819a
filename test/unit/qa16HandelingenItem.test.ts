// Session 16 QA: a Handelingen item as the document itself ("Aan de orde is …") is no letter without a Kamerstuk
// number; what the identity and the letter.no-identity hint say of it. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { diagnoseLetter } from '../../server/src/core/features/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/core/features/settings';
import { Corpus } from '../../server/src/core/workspace/corpus';

function noIdentity(name: string, text: string): string[] {
  const corpus = new Corpus((t, uri) => analyseLetter(t, { path: uri }));
  const uri = `file:///ws/corpus/${name}`;
  corpus.update(uri, text);
  return diagnoseLetter(corpus, uri, DEFAULT_SETTINGS).filter(d => d.code === 'letter.no-identity').map(d => d.message);
}

const ITEM = 'Aan de orde is de voortzetting van de behandeling van:\n\nhet wetsvoorstel Wijziging van de Visserijwet (27300).\n\n' +
  '(Zie vergadering van 4 maart 1999.)\n\nDe voorzitter:\n\nIk geef het woord aan de minister.\n';

describe('session 16 QA: a Handelingen item without its record row', () => {
  it('reads as a Handelingen item', () => {
    assert.equal(analyseLetter(ITEM).identity.type, 'Handelingen item');
  });
  it('the hint says it is a Handelingen item without chamber, session, meeting and item, not that a Kamerstuk number is missing', () => {
    const [message, ...rest] = noIdentity('item.txt', ITEM);
    assert.equal(rest.length, 0);
    assert.match(message, /^No Handelingen id found for item\.txt: it reads as a Handelingen item/);
    assert.doesNotMatch(message, /Kamerstuk number/);
  });
  it('with its record row it has its id and no hint', () => {
    const withRow = '| Tweede Kamer der Staten-Generaal | 1998-1999 | nr. 55, pagina 4100-4130 |\n' + ITEM;
    assert.deepEqual(noIdentity('row.txt', withRow), []);
  });
  it('negative: a letter that quotes the words further down is no Handelingen item', () => {
    const letter = 'Geachte voorzitter,\n\n' + 'Hierbij informeer ik u over de stand van zaken. '.repeat(30) +
      '\n\nAan de orde is de vraag of de regeling werkt.\n';
    assert.equal(analyseLetter(letter).identity.type, null);
    assert.match(noIdentity('brief.txt', letter)[0], /^No Kamerstuk number found for brief\.txt/);
  });
  it('negative (review): a letter whose first lines say "Aan de orde is …" of something no chair opens with', () => {
    const letter = 'Geachte voorzitter,\n\nAan de orde is de vraag of de regeling werkt. Daarover informeer ik u.\n';
    assert.equal(analyseLetter(letter).identity.type, null);
    assert.equal(analyseLetter('Aan de orde zijn twee punten die ik u wil voorleggen.\n').identity.type, null);
  });
  it('the chair\'s other openings read as an item too', () => {
    for (const opening of ['Aan de orde is het debat over de zorg.', 'Aan de orde is het tweeminutendebat Visserij (CD 2/3).',
      'Aan de orde zijn de stemmingen.', 'Aan de orde is de gezamenlijke behandeling van:', 'Aan de orde is het vragenuur.']) {
      assert.equal(analyseLetter(`${opening}\n\nDe voorzitter:\n\nIk geef het woord.\n`).identity.type, 'Handelingen item', opening);
    }
  });
});
