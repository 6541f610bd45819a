// Round 44 of the blind check on real texts: longer stukken on migration, asylum and foreign affairs of 2022-2025, half laid
// out as PDF text (page breaks inside a body's name, running footers, footnotes that cite). Blind, every kind was right on
// the eleven texts; probes of the bodies such letters name showed the UN human rights office read only in part when a
// letter writes its Dutch name in full (`Bureau van de Hoge Commissaris voor de Rechten van de Mens` read as a body cut
// at `Hoge Commissaris`), the UN refugee agency's Dutch name in its other order unread, and the Russian military
// intelligence service (GRU) of the Ukraine and state-threat letters missing. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { orgs } from './recognised';

describe('round 44: UN offices and a foreign service by their Dutch names', () => {
  it('the UN human rights office by its full Dutch name, with or without the Office', () => {
    assert.deepEqual(orgs('Het Bureau van de Hoge Commissaris voor de Rechten van de Mens rapporteerde over de detentie.'),
      [['Bureau van de Hoge Commissaris voor de Rechten van de Mens', 'OHCHR']]);
    assert.deepEqual(orgs('Volgens de Hoge Commissaris voor de Rechten van de Mens van de VN is dit in strijd met het verdrag.').map(o => o[1]),
      ['OHCHR', 'UN']);
    assert.deepEqual(orgs('Het Bureau van de Hoge Commissaris voor de Mensenrechten volgt de processen.'),
      [['Bureau van de Hoge Commissaris voor de Mensenrechten', 'OHCHR']]);
  });

  it('the UN refugee agency\'s Dutch name in the order letters also write', () => {
    assert.deepEqual(orgs('De Hoge Commissaris van de Verenigde Naties voor de Vluchtelingen heeft de hervestiging gevraagd.'),
      [['Hoge Commissaris van de Verenigde Naties voor de Vluchtelingen', 'UNHCR']]);
  });

  it('the Russian military intelligence service by its acronym and its name', () => {
    assert.deepEqual(orgs('De Russische militaire inlichtingendienst GRU is betrokken bij de sabotage.'), [['GRU', 'GRU']]);
    assert.deepEqual(orgs('Het Hoofddirectoraat Inlichtingen (GRU) voert de operaties uit.'),
      [['Hoofddirectoraat Inlichtingen', 'GRU'], ['GRU', 'GRU']]);
  });

  it('no body in a word that only contains the letters', () => {
    assert.deepEqual(orgs('De grutto en de GRUNDIG-fabriek staan in het rapport.'), []);
  });

  it('no body in the court code of an ECLI, the court itself still read beside it', () => {
    assert.deepEqual(orgs('Zie de uitspraak ECLI:NL:RVS:2024:1234 en ECLI:NL:CRVB:2023:567 over de opvang.'), []);
    assert.deepEqual(orgs('De Afdeling bestuursrechtspraak van de Raad van State (ECLI:NL:RVS:2025:12) en de RvS oordeelden.').map(o => o[1]),
      ['RVS', 'RVS']);
  });
});
