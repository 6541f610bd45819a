// The normalised view is written as code units after the original's in one scratch table (copyWithin per
// slice) and read out as one string: the same view as before, for lifted segments, line breaks, hyphens and
// white space, and from letter to letter as the table is reused.
import { strict as assert } from 'node:assert';
import { normalize } from '../../server/src/core/text/normalize';
import { scratchCodeUnitsWithRoom, stringOfUnits } from '../../server/src/core/text/codeUnits';

describe('view units', () => {
  it('many one-character segments, each after its two-unit break', () => {
    const segments = [];
    for (let i = 1; i < 16; i += 2) segments.push({ start: i, end: i + 1 });
    assert.equal(normalize('abcdefghijklmnop', { segments }).text, 'a c e g i k m o\n\nb\n\nd\n\nf\n\nh\n\nj\n\nl\n\nn\n\np');
  });

  it('line breaks read as spaces, line-end hyphens joined or kept, invisible characters dropped', () => {
    assert.equal(normalize('Dit is een\nregel met \nbreuken en terro-\nrisme en EU-\nlidstaten.').text, 'Dit is een regel met breuken en terrorisme en EU-lidstaten.');
    assert.equal(normalize('Lang Lang Lang \n\nx\u00a0y\u00adz').text, 'Lang Lang Lang\nx yz');
  });

  it('a long letter and then a short one: the scratch table grows and is reused', () => {
    const long = 'Kamerstuk 29 754, nr. 327 over\nterrorismebestrijding. '.repeat(40000);
    const view = normalize(long).text;
    assert.equal(view.length, long.length - 1);
    assert.equal(view.indexOf('\n'), -1);
    assert.equal(normalize('kort\nbericht').text, 'kort bericht');
  });

  it('units with room after them, and a string read from any stretch of them', () => {
    const units = scratchCodeUnitsWithRoom('Coördinatie 😀', 5);
    assert.equal(units.length, 14 + 5);
    assert.equal(stringOfUnits(units, 0, 14), 'Coördinatie 😀');
    units.copyWithin(14, 0, 3);
    assert.equal(stringOfUnits(units, 14, 17), 'Coö');
  });
});
