// The thread's scratch buffers of the text stages: code units copied for the scans, and run tables reused from
// letter to letter. What one letter leaves in them must never show in another letter's view or map.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scratchCodeUnits } from '../../server/src/core/text/codeUnits';
import { normalize } from '../../server/src/core/text/normalize';
import { analyseLayout } from '../../server/src/core/text/layout';

const corpus = join(__dirname, '..', '..', '..', 'corpus');
const seedLetters = readdirSync(corpus).filter(f => f.endsWith('.txt')).sort().map(f => readFileSync(join(corpus, f), 'utf8'));

describe('scratch code units', () => {
  it('are the text\'s UTF-16 code units, lone surrogates and BMP edges included', () => {
    const text = 'Kamerstuk\u00a029\u2009754,\nnr.\u00ad325 \ud800 \udc00 \ud83d\ude00 \uffff\u0000';
    const units = scratchCodeUnits(text);
    assert.equal(units.length, text.length);
    for (let i = 0; i < text.length; i++) assert.equal(units[i], text.charCodeAt(i), `unit ${i}`);
  });

  it('follow texts longer than the buffer, and shorter ones after them', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 4 }), parts => {
      for (const text of [parts.join('').repeat(200), parts[0]]) {
        const units = scratchCodeUnits(text);
        assert.equal(units.length, text.length);
        for (let i = 0; i < text.length; i++) if (units[i] !== text.charCodeAt(i)) return false;
      }
      return true;
    }), { numRuns: 200 });
  });
});

describe('normalised views made one after another', () => {
  it('keep their own maps (the run tables they were written in are reused)', () => {
    const views = seedLetters.map(text => {
      const layout = analyseLayout(text);
      return normalize(text, { segments: layout.segments, blanks: layout.blanks });
    });
    // Each view, read after all were made, equals the view made alone, character by character of its map.
    seedLetters.forEach((text, k) => {
      const layout = analyseLayout(text);
      const alone = normalize(text, { segments: layout.segments, blanks: layout.blanks });
      assert.equal(views[k].text, alone.text);
      for (let i = 0; i < alone.text.length; i++) assert.equal(views[k].toOriginal(i), alone.toOriginal(i), `letter ${k}, view ${i}`);
    });
  });

  it('map a long letter after a short one and a short one after a long one', () => {
    const long = 'De Kamer-\nbrief van 5 juni\n\n'.repeat(3000);
    const short = 'Kamerstuk 29 754,\nnr. 325';
    const first = normalize(short);
    const big = normalize(long);
    const again = normalize(short);
    assert.equal(first.text, 'Kamerstuk 29 754, nr. 325');
    assert.deepEqual(again.span(0, again.text.length), first.span(0, first.text.length));
    assert.equal(big.text, 'De Kamerbrief van 5 juni\n'.repeat(2999) + 'De Kamerbrief van 5 juni');
    for (let i = 0; i < big.text.length; i += 97) {
      const c = big.text[i];
      if (c !== ' ' && c !== '\n') assert.equal(long[big.toOriginal(i)], c, `view ${i}`);
    }
  });
});
