// Acronym definitions (Schwartz & Hearst with Dutch extensions) on snippets from the seed letters.
import { strict as assert } from 'node:assert';
import { findAcronymDefinitions, isShortFormCandidate, longFormStart } from '../../server/src/core/recognise/acronyms';

/** [short, long] of every definition found. */
function pairs(text: string) {
  return findAcronymDefinitions(text).map(p => [p.short, p.long]);
}

describe('acronyms: long form (SF)', () => {
  it('finds the NCTV in a de-hyphenated sentence from 003', () => {
    const text = 'van de Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) zijn de recente aanslagen';
    assert.deepEqual(pairs(text), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
  });
  it('gives offsets of both forms in the text it read', () => {
    const text = 'zoals de Koninklijke Marechaussee (Kmar) een rol';
    const [p] = findAcronymDefinitions(text);
    assert.equal(text.slice(p.shortStart, p.shortEnd), 'Kmar');
    assert.equal(text.slice(p.longStart, p.longEnd), 'Koninklijke Marechaussee');
    assert.equal(p.reverse, false);
  });
  it('handles coordinated truncation ("Inlichtingen- en Veiligheidsdienst")', () => {
    assert.deepEqual(pairs('de Algemene Inlichtingen- en Veiligheidsdienst (AIVD) meldt'), [['AIVD', 'Algemene Inlichtingen- en Veiligheidsdienst']]);
    assert.deepEqual(pairs('de Commissie voor de Inlichtingen en Veiligheidsdiensten (CIVD).'), [['CIVD', 'Commissie voor de Inlichtingen en Veiligheidsdiensten']]);
  });
  it('skips "&" in the short form (DT&V) and keeps it in the pair', () => {
    assert.deepEqual(pairs('de Dienst Terugkeer en Vertrek (DT&V) en'), [['DT&V', 'Dienst Terugkeer en Vertrek']]);
  });
  it('strips a Dutch lead-in: "(hierna: OM)", "(hierna te noemen: de NCTV)"', () => {
    assert.deepEqual(pairs('Het Openbaar Ministerie (hierna: OM) vervolgt'), [['OM', 'Openbaar Ministerie']]);
    assert.deepEqual(pairs('de Nationaal Coördinator Terrorismebestrijding en Veiligheid (hierna te noemen: de NCTV)'), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
  });
  it('lets a number or a scope token in the short form go unspelled (DTN 45, DTN40, IRU NL)', () => {
    assert.deepEqual(pairs('In het Dreigingsbeeld Terrorisme Nederland 45 (DTN 45) van'), [['DTN 45', 'Dreigingsbeeld Terrorisme Nederland 45']]);
    assert.deepEqual(pairs('het Dreigingsbeeld Terrorisme Nederland (DTN40) dat'), [['DTN40', 'Dreigingsbeeld Terrorisme Nederland']]);
    assert.deepEqual(pairs('is de Internet Referral Unit (IRU NL) opgericht'), [['IRU NL', 'Internet Referral Unit']]);
  });
  it('finds a lower-case long form (passenger name record)', () => {
    assert.deepEqual(pairs('de passenger name record (PNR)-richtlijn'), [['PNR', 'passenger name record']]);
  });
});

describe('acronyms: SF (long form)', () => {
  it('reads "JBZ-Raad (Justitie en Binnenlandse Zaken)" with the acronym before the hyphen', () => {
    const [p] = findAcronymDefinitions('een extra EU JBZ-Raad (Justitie en Binnenlandse Zaken) bijeengeroepen');
    assert.equal(p.short, 'JBZ');
    assert.equal(p.long, 'Justitie en Binnenlandse Zaken');
    assert.equal(p.compound, 'Raad');
    assert.equal(p.reverse, true);
  });
  it('reads "GCTF-verband (Global Counterterrorism Forum)" from 004', () => {
    assert.deepEqual(pairs('hebben in dit GCTF-verband (Global Counterterrorism Forum) samengewerkt'), [['GCTF', 'Global Counterterrorism Forum']]);
  });
  it('takes acronyms made of Roman-numeral letters ("CCV")', () => {
    assert.deepEqual(pairs('Het Centrum voor Criminaliteitspreventie en Veiligheid (CCV) adviseert.'), [['CCV', 'Centrum voor Criminaliteitspreventie en Veiligheid']]);
  });
  it('reads "CTG (Counter Terrorism Group)"', () => {
    assert.deepEqual(pairs('binnen de CTG (Counter Terrorism Group) van Europese diensten'), [['CTG', 'Counter Terrorism Group']]);
  });
});

describe('acronyms: what is not a definition', () => {
  it('ignores citations, dates, lists and asides in parentheses', () => {
    const text = 'zie (Kamerstuk 29 754, nr. 300) en (13 november 2015) en (en de gemeenten) en ' +
      'medewerkers van de vreemdelingenketen (waaronder COA, DT&V, IND) en de Raad Buitenlandse Zaken (BZ en Defensie).';
    assert.deepEqual(pairs(text), []);
  });
  it('ignores Roman numerals and stock abbreviations', () => {
    assert.deepEqual(pairs('in Hoofdstuk Twee (II) en Nota Bene (NB) en de Verenigde Staten (VS)'), []);
  });
  it('ignores a party behind a member name ("Roemer (SP)")', () => {
    assert.deepEqual(pairs('door de leden Roemer (SP), Van Haersma Buma (CDA), Wilders (PVV)'), []);
  });
  it('reads white space inside the parenthesis as trimmed, whatever kind it is', () => {
    assert.deepEqual(pairs('de Algemene Inlichtingen- en Veiligheidsdienst ( AIVD )'), [['AIVD', 'Algemene Inlichtingen- en Veiligheidsdienst']]);
    assert.deepEqual(pairs('het Openbaar Ministerie (hierna:  OM \t)'), [['OM', 'Openbaar Ministerie']]);
    assert.deepEqual(pairs('Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV\u00a0)'), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
  });
  it('reads both directions in one line and no short form in lower case', () => {
    assert.deepEqual(pairs('Counter Terrorism Group (CTG) en CTG (Counter Terrorism Group)'), [['CTG', 'Counter Terrorism Group'], ['CTG', 'Counter Terrorism Group']]);
    assert.deepEqual(pairs('de Dienst Terugkeer en Vertrek (dt&v) en (DT&V)'), []);
  });
  it('never throws and returns nothing on odd input', () => {
    assert.deepEqual(findAcronymDefinitions(''), []);
    assert.deepEqual(findAcronymDefinitions('((((((('), []);
    assert.deepEqual(findAcronymDefinitions('\u0000\u0001(\uFFFD\uFFFD)'), []);
    assert.deepEqual(findAcronymDefinitions(undefined as unknown as string), []);
  });
  it('does not rescan a giant word before each parenthesis', () => {
    const text = 'x'.repeat(2_000_000) + '(AB) (een twee drie vier)'.repeat(50_000);
    assert.deepEqual(findAcronymDefinitions(text), []);
  });
  it('scans a long line of parentheses to the end', () => {
    const text = 'Dienst Xyz Qrs (DXQ) '.repeat(20000) + 'Landelijk Bureau Extremisme (LBE)';
    const found = findAcronymDefinitions(text);
    assert.equal(found.length, 20001);
    assert.equal(found[found.length - 1].short, 'LBE');
  });
});

describe('acronyms: building blocks', () => {
  it('isShortFormCandidate accepts acronyms and rejects words', () => {
    for (const sf of ['NCTV', 'KMar', 'Kmar', 'DT&V', 'IRU NL', 'DTN 45', 'DTN40', 'CIVD', 'CCV', 'RvdK']) assert.ok(isShortFormCandidate(sf), sf);
    for (const sf of ['II', 'XIV', 'NB', 'D66', 'deels', 'Syrië', '2014', 'A', 'Kamerstuk', 'waaronder COA, IND']) assert.ok(!isShortFormCandidate(sf), sf);
  });
  it('longFormStart requires the first letter at a word start', () => {
    assert.equal(longFormStart('NCTV', 'de Nationaal Coördinator Terrorismebestrijding en Veiligheid'), 3);
    assert.equal(longFormStart('XYZ', 'de Nationaal Coördinator'), -1);
  });
});

// The plain-ASCII fast paths of isShortFormCandidate and longFormStart against the unicode rules they stand
// for; expectations are the output of the regex-only code before the fast paths.
describe('acronyms: short forms in ASCII and outside it', () => {
  it('judges short forms alike with and without units outside ASCII', () => {
    const expected: [string, boolean][] = [
      ['DTN 45', true], ['IRU NL', true], ['AB CDE', true], ['II', false], ['XIV', false], ['CCV', true], ['Abcde', false],
      ['Abcd', true], ['DT&V', true], ['A.B', true], ['AB 12345', false], ['AB  C', false], ['AB ', false], ['A1234', false],
      ['K1', true], ['ÖVP', true], ['AIVD-X', true], ['A_B', false], ['NCTV', true],
    ];
    for (const [sf, ok] of expected) assert.equal(isShortFormCandidate(sf), ok, sf);
  });

  it('matches the short form case-insensitively through ASCII, ö and the Kelvin sign alike', () => {
    assert.equal(longFormStart('NCTV', 'de Nationaal Coördinator Terrorismebestrijding en Veiligheid'), 3);
    assert.equal(longFormStart('KMar', 'de Koninklijke Marechaussee'), 3);
    assert.equal(longFormStart('AIVD', 'Algemene Inlichtingen- en Veiligheidsdienst'), 0);
    assert.equal(longFormStart('EU', 'de Kelvin Europese Unie'), 10);
    assert.equal(longFormStart('KB', 'het \u212aoninklijk Besluit'), 4);
  });
});

describe('acronyms: lead-ins and the word before a parenthesis, read by character code', () => {
  it('drops a lead-in in any case of its ASCII letters, and no look-alike outside ASCII', () => {
    const long = 'de Nationaal Coördinator Terrorismebestrijding en Veiligheid';
    assert.deepEqual(pairs(`${long} (hierna: NCTV)`), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
    assert.deepEqual(pairs(`${long} (Hierna te noemen: de NCTV)`), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
    assert.deepEqual(pairs(`${long} (KORTWEG: NCTV)`), [['NCTV', 'Nationaal Coördinator Terrorismebestrijding en Veiligheid']]);
    // The Kelvin sign is no k for the lead-in (its /i has no u flag): "\u212aortweg NCTV" is two words, a reversed form.
    assert.deepEqual(pairs(`${long} (\u212aortweg NCTV)`), []);
  });
  it('reads the reversed short form after any white space or an opening parenthesis', () => {
    for (const before of [' ', '\t', '\u00a0', '\u2003', '(']) {
      assert.deepEqual(pairs(`volgens${before}CTG (Counter Terrorism Group)`), [['CTG', 'Counter Terrorism Group']], JSON.stringify(before));
    }
    assert.deepEqual(pairs('volgens-CTG (Counter Terrorism Group)'), []);
  });
});

describe('acronyms: a long form that holds its short form as a word', () => {
  it('rejects the short form as a word between separators, and keeps it inside a longer word', () => {
    assert.deepEqual(pairs('de Nationale NCTV Coördinatie (NCTV)'), []);
    assert.deepEqual(pairs('de NCTV-Coördinatie van Terrorisme en Veiligheid (NCTV)'), []);
    assert.deepEqual(pairs('de Dienst Terugkeer Nederland (DTN 45)'), [['DTN 45', 'Dienst Terugkeer Nederland']]);
    assert.deepEqual(pairs('de DTN Terugkeer Nederland (DTN 45)'), []);
  });
});
