// Round 14 of the blind checks (citations and identity): earlier rounds' leftovers and what the blind round missed.
// Every snippet is written for the test in the forms real stukken have; none is copied from a page.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import type { AnyEntity, LetterAnalysis } from '../../server/src/core/types';

const citations = (a: LetterAnalysis) => a.entities.filter(e => e.kind === 'kamerstuk' || e.kind === 'handelingen' || e.kind === 'aanhangsel');
const value = (e: AnyEntity) => e.value as unknown as Record<string, unknown>;
const brief = (t: string) => analyseLetter(t, {});
const read = (t: string) => citations(brief(t)).map(e => [e.text, value(e).dossier, value(e).suffix, value(e).number]);

describe('round 14: an Eerste Kamer letter list in parentheses without a label', () => {
  it('reads "(34 812, AC en AD)" as two citations, the second its letter alone', () => {
    assert.deepEqual(read('De regering antwoordde eerder (34 812, AC en AD) op deze vragen.'), [
      ['34 812, AC', '34812', null, 'AC'], ['AD', '34812', null, 'AD']]);
    assert.deepEqual(read('Zie de brieven (33 101, F, G en H).'), [
      ['33 101, F', '33101', null, 'F'], ['G', '33101', null, 'G'], ['H', '33101', null, 'H']]);
  });

  it('keeps the joint dossiers\' letter with the first, and a list broken over a line', () => {
    assert.deepEqual(read('Zie (34 812 / 25 295, CA en CB) hierover.'), [
      ['34 812 / 25 295, CA', '34812', null, 'CA'], ['CB', '34812', null, 'CB']]);
    assert.deepEqual(read('Zie de brieven (34 812, AC en \nAD) hierover.'), [
      ['34 812, AC', '34812', null, 'AC'], ['AD', '34812', null, 'AD']]);
  });

  it('reads nothing when a number, a word or an amount follows the letter', () => {
    assert.deepEqual(read('Zie (34 812, AC en 12) hierover.'), []);
    assert.deepEqual(read('Zie (34 812, AC en de rest) hierover.'), []);
    assert.deepEqual(read('Het kost (10.000, EU en VS) samen.'), []);
  });
});

describe('round 14: an Eerste Kamer letter of a budget chapter in parentheses', () => {
  it('reads "(35 570 VII, AB)" and "(35 570-VII, AB en AC)" with the chapter as suffix', () => {
    assert.deepEqual(read('Zoals eerder toegezegd (35 570 VII, AB) volgt hier de brief.'), [['35 570 VII, AB', '35570', 'VII', 'AB']]);
    const cs = citations(brief('Zoals eerder toegezegd (35 570-VII, AB en AC) volgt hier de brief.'));
    assert.deepEqual(cs.map(e => [e.text, value(e).suffix, value(e).number, value(e).id]), [
      ['35 570-VII, AB', 'VII', 'AB', 'kst-35570-VII-AB'], ['AC', 'VII', 'AC', 'kst-35570-VII-AC']]);
  });

  it('reads no chapter that is no roman numeral', () => {
    assert.deepEqual(read('Zie (35 570 AB, CD) hierover.'), []);
    assert.deepEqual(read('Zie (35 570 VII, 12) hierover.'), []);
  });
});

describe('round 14: a bill\'s spaced dossier in parentheses after its title', () => {
  it('reads "… 19..) (25 877)" as the bill\'s dossier', () => {
    assert.deepEqual(read('overleg over het wetsvoorstel Regels voor de diensten (Wet op de diensten 19..) (25 877).'),
      [['25 877', '25877', null, null]]);
    assert.deepEqual(read('het wetsvoorstel Regels (Wet voorbeeld 2019) (35 117) en het verslag'), [['35 117', '35117', null, null]]);
  });

  it('reads no spaced number that counts something, stands after a word, or has no bill in its clause', () => {
    assert.deepEqual(read('over de wet (Wet voorbeeld) (25 000) bezoekers per jaar.'), []);
    assert.deepEqual(read('het wetsvoorstel kost naar schatting (25 000).'), []);
    assert.deepEqual(read('Het aantal meldingen (Tabel 3) (25 877).'), []);
  });
});

describe('round 14: the letterhead\'s date field on one line', () => {
  it('reads "Datum 07-04-2001" on one line, as the field with the day under it', () => {
    const a = brief(['Ministerie van Justitie', '', 'Datum 07-04-2001', 'Onderwerp Terrorismebestrijding', '', 'Hierbij bericht ik u.', ''].join('\n'));
    assert.equal(a.identity.date, '2001-04-07');
    assert.equal(brief('Ministerie\n\ndatum 3 mei 2002\n\nGeachte voorzitter,\n').identity.date, '2002-05-03');
  });

  it('reads no impossible day, and no "Datum" inside a sentence', () => {
    assert.equal(brief('Ministerie\n\nDatum 31-02-2001\n\nTekst.\n').identity.date, null);
    assert.equal(brief('In de tabel: \nDatum 13-10-1999 is de dag van het besluit.\n').identity.date, null);
  });
});

describe('round 14: a Senate type line ending in "/" goes on in the next line', () => {
  const head = (typeLines: string[]) => ['', 'Eerste Kamer der Staten-Generaal 1', 'Vergaderjaar 2016–2017 ', '', '32 317 JBZ-Raad ', '',
    ...typeLines, '', 'Vastgesteld 3 maart 2017 ', '', 'De leden van de commissie hebben vragen gesteld. ', ''].join('\n');

  it('keeps the continued capitals in the type and in the header, a glued marker after them', () => {
    const a = brief(head(['AC VASTE COMMISSIE VOOR IMMIGRATIE & ASIEL / ', 'JBZ-RAAD1 ']));
    assert.equal(a.identity.number, 'AC');
    assert.match(a.identity.type ?? '', /JBZ-RAAD$/i);
    const org = a.entities.find(e => e.kind === 'organisation' && e.text.startsWith('VASTE COMMISSIE'));
    assert.ok(org && org.text.endsWith('JBZ-RAAD'), `one body over the line end, got ${org?.text}`);
  });

  it('does not join a line after a type line without "/", nor a sentence after one with it', () => {
    const plain = brief(head(['AC VASTE COMMISSIE VOOR IMMIGRATIE & ASIEL ', 'JBZ-RAAD ']));
    assert.doesNotMatch(plain.identity.type ?? '', /JBZ/i);
    const sentence = brief(head(['AC VASTE COMMISSIE VOOR IMMIGRATIE & ASIEL / ', 'De leden vragen het volgende. ']));
    assert.doesNotMatch(sentence.identity.type ?? '', /leden/);
  });
});
