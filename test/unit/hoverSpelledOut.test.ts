// Organisation hovers on the first page of an Eerste Kamer letter (Kamerstuk 32 317, JA): an organisation
// written in full is not said to be "not spelled out in any letter"; an acronym spelled out nowhere is.
import { strict as assert } from 'node:assert';
import { hoverAt } from '../../server/src/core/features/hover';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { SENATE_JA_OPENING } from './senateLetter';

const PAGE = SENATE_JA_OPENING;

describe('hover: organisations written in full', () => {
  const corpus = new Corpus();
  const uri = 'file:///ws/corpus/t05.txt';
  corpus.update(uri, PAGE);

  it('an organisation written in full is not "not spelled out"; its acronym, spelled out nowhere, is', () => {
    const full = hoverAt(corpus, uri, PAGE.indexOf('Raad Justitie en Binnenlandse Zaken') + 3)!.markdown;
    assert.match(full, /^\*\*Raad Justitie en Binnenlandse Zaken\*\*/);
    assert.ok(!/Not spelled out/.test(full), full);
    const chamber = hoverAt(corpus, uri, PAGE.indexOf('Eerste Kamer der Staten-Generaal') + 3)!.markdown;
    assert.ok(!/Not spelled out/.test(chamber), chamber);
    const other = new Corpus();
    other.update(uri, 'Den Haag, 2 juli 2018\n\nDe JBZ-Raad van de EU besprak het. De NCTV ook.\n');
    const nctv = hoverAt(other, uri, 'Den Haag, 2 juli 2018\n\nDe JBZ-Raad van de EU besprak het. De NCTV ook.\n'.indexOf('NCTV') + 1)!.markdown;
    assert.match(nctv, /Not spelled out in any letter of the workspace/);
  });

});
