// Round 40 of the blind check on real texts: every family at once, on stukken of 1997–2025 of the justice chain (the
// courts, the OM's parts, the reclassering organisations, the Raad voor de Kinderbescherming, Slachtofferhulp
// Nederland, the Schadefonds, Halt, the justitiële jeugdinrichtingen, the RSJ) and the rechtspraak's digitisation.
// Missed blind: an arrondissementsparket by its place, the Schadefonds by its short name, the Rvdr's mixed-case
// acronym, Spir-it, Ipsos I&O, and a flattened Senate header (the letter with a glued marker on a line of its own,
// the receipt date followed by a numbered heading). Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { datesInLetterOf, orgs } from './recognised';

const selfCitations = (t: string) => analyseLetter(t).entities.filter(e => e.kind === 'kamerstuk' && (e.value as { self: boolean }).self)
  .map(e => [e.text, (e.value as { number: string | null }).number]);

describe('round 40: the OM\'s offices named by their place', () => {
  it('an arrondissementsparket or ressortsparket by its seat, with or without "te"', () => {
    assert.deepEqual(orgs('Het arrondissementsparket Rotterdam en het ressortsparket te Arnhem hebben de zaak overgedragen.').map(o => o[0]),
      ['arrondissementsparket Rotterdam', 'ressortsparket te Arnhem']);
    assert.deepEqual(orgs('Het Arrondissementsparket Zeeland-West-Brabant en het arrondissementsparket Den Haag werkten samen.').map(o => o[0]),
      ['Arrondissementsparket Zeeland-West-Brabant', 'arrondissementsparket Den Haag']);
  });

  it('the noun alone, its plural, a sentence opener or an adjective after it names none', () => {
    assert.deepEqual(orgs('Elk arrondissementsparket heeft een slachtofferloket; de arrondissementsparketten Noord en Zuid ook.'), []);
    assert.deepEqual(orgs('Volgens het arrondissementsparket De zaak is rond. Het ressortsparket Landelijke zaken gaan voor.'), []);
  });
});

describe('round 40: bodies of the justice chain by the names letters use', () => {
  it('the Schadefonds by its short name, and the Raad voor de rechtspraak by its mixed-case acronym', () => {
    assert.deepEqual(orgs('Het Schadefonds keert uit; de Rvdr en de RvdR overleggen met Spir-it.').map(o => o[1]),
      ['SCHADEFONDS', 'RVDR', 'RVDR', 'SPIR-IT']);
    // The law's name in lower case stays a law.
    assert.deepEqual(orgs('De Wet schadefonds geweldsmisdrijven is gewijzigd.'), []);
  });

  it('a research firm under its name since the merger', () => {
    assert.deepEqual(orgs('Het onderzoek is uitgevoerd door Ipsos I&O en eerder door Ipsos.').map(o => o[0]), ['Ipsos I&O', 'Ipsos']);
  });
});

describe('round 40: a flattened Senate header', () => {
  const head = (letterLine: string, typeLine: string) => `Eerste Kamer der Staten-Generaal\n1\nVergaderjaar 2015–2016\n34 059\n`
    + `Wijziging van het Wetboek van Burgerlijke Rechtsvordering\n34 138\nWijziging van het Wetboek in hoger beroep\n${letterLine}\n${typeLine}\n`;

  it('the letter with a glued footnote marker on a line of its own is the stuk\'s letter', () => {
    const letter = head('I1', 'NOTA NAAR AANLEIDING VAN HET VERSLAG\nOntvangen 22 juni 2016') + 'Ik dank de leden.\n';
    assert.deepEqual(selfCitations(letter).map(s => s[1]), ['I']);
    assert.equal(analyseLetter(letter).identity.number, 'I');
  });

  it('the receipt date on the type line, followed by a numbered heading, dates the stuk', () => {
    const letter = head('I', 'NOTA NAAR AANLEIDING VAN HET VERSLAG Ontvangen 22 juni 2016 1. Inleiding Ik dank de leden.');
    assert.equal(analyseLetter(letter).identity.date, '2016-06-22');
  });
});

describe('round 40 (batch 2): a court of appeal as "het hof" with its seat, and OSF in a list of parties', () => {
  it('"het hof" before one of the courts of appeal\'s seats is that court', () => {
    assert.deepEqual(orgs('Het hof ’s-Hertogenbosch en het hof Arnhem-Leeuwarden hebben achterstanden; het hof Den Haag niet.'),
      [['hof ’s-Hertogenbosch', 'GERECHTSHOF-DEN-BOSCH'], ['hof Arnhem-Leeuwarden', 'GERECHTSHOF-ARNHEM-LEEUWARDEN'], ['hof Den Haag', 'GERECHTSHOF-DEN-HAAG']]);
  });

  it('"hof" before another capitalised word, or capitalised, is none of them', () => {
    assert.deepEqual(orgs('Het hof Utrecht bestaat niet meer; de hof Eden is een tuin en het hof De rechter beslist.'), []);
  });

  it('OSF in a list of parties after "fracties van" is the Senate group', () => {
    assert.deepEqual(orgs('De leden van de fracties van SP, PvdD, 50PLUS en OSF sluiten zich aan.').map(o => o[0]), ['SP', 'PvdD', '50PLUS', 'OSF']);
    // Elsewhere the acronym stays unread, as before.
    assert.deepEqual(orgs('Het onderzoek van OSF en de Wereldbank verscheen.').map(o => o[0]), ['Wereldbank']);
  });
});

describe('round 40 (batch 3): the verslavingsreclassering\'s institutions, and a year after "de eindstand van"', () => {
  it('the addiction care institutions whose probation units letters name', () => {
    assert.deepEqual(orgs('De doorlichting van Emergis Reclassering en van IrisZorg Reclassering; ook Tactus en Novadic-Kentron werken mee.').map(o => o[0]),
      ['Emergis', 'IrisZorg', 'Tactus', 'Novadic-Kentron']);
  });

  it('the year after the end or start state of a series is a year', () => {
    const dates = datesInLetterOf('2019-07-01');
    assert.deepEqual(dates('De eindstand van 2018 was gelijk aan de beginstand van 2017.').map(d => d[0]), ['2018', '2017']);
    // A count after the year stays a count.
    assert.deepEqual(dates('De eindstand van 2000 toezichten is bereikt.'), []);
  });
});

describe('round 40 (probe): more bodies of the justice chain by name', () => {
  it('victim support, forensic observation, the OM\'s central office and two youth protection institutions', () => {
    assert.deepEqual(orgs('Perspectief Herstelbemiddeling, het Centrum Seksueel Geweld, Augeo en het Fonds Slachtofferhulp ondersteunen slachtoffers.').map(o => o[0]),
      ['Perspectief Herstelbemiddeling', 'Centrum Seksueel Geweld', 'Augeo', 'Fonds Slachtofferhulp']);
    assert.deepEqual(orgs('Het Pieter Baan Centrum en het Parket Centrale Verwerking Openbaar Ministerie werken samen.').map(o => o[0]),
      ['Pieter Baan Centrum', 'Parket Centrale Verwerking Openbaar Ministerie']);
    assert.deepEqual(orgs('Jeugdbescherming Rotterdam Rijnmond en Jeugdbescherming Regio Amsterdam zijn gecertificeerde instellingen.').map(o => o[0]),
      ['Jeugdbescherming Rotterdam Rijnmond', 'Jeugdbescherming Regio Amsterdam']);
    // The common noun stays none.
    assert.deepEqual(orgs('De jeugdbescherming en de herstelbemiddeling worden verbeterd.'), []);
  });
});

describe('round 40 (precision): a product after a region of several words', () => {
  it('a yearly report named after the region is no part of the body\'s name', () => {
    assert.deepEqual(orgs('Het RIEC Midden-Nederland Jaarbeeld 2023 verscheen, net als het Veiligheidshuis Twente Jaarverslag.').map(o => o[0]),
      ['RIEC Midden-Nederland', 'Veiligheidshuis Twente']);
    // The old seat's name of a court of appeal is that court.
    assert.deepEqual(orgs('Het hof ’s-Gravenhage oordeelde anders.').map(o => o[1]), ['GERECHTSHOF-DEN-HAAG']);
  });
});

describe('round 40: "het parket" before a court\'s seat', () => {
  it('the OM\'s office at one of the courts by its seat is read; another capitalised word after "parket" is none', () => {
    assert.deepEqual(orgs('Het parket Rotterdam en het parket Oost-Brabant hebben de zaken overgedragen aan het parket Den Haag.').map(o => o[0]),
      ['parket Rotterdam', 'parket Oost-Brabant', 'parket Den Haag']);
    assert.deepEqual(orgs('Volgens het parket Centraal staat de zaak; het parket Europa bestaat niet en het parket De officier beslist.'), []);
  });
});

describe('round 40: a Commissie van Toezicht with its institution', () => {
  it('the supervisory committee of a named institution is one span with it', () => {
    assert.deepEqual(orgs('De Commissie van Toezicht van de RJJI en de Commissie van Toezicht bij de PI Vught en de commissie van toezicht van JJI Den Hey-Acker oordeelden.').map(o => o[0]),
      ['Commissie van Toezicht van de RJJI', 'Commissie van Toezicht bij de PI Vught', 'commissie van toezicht van JJI Den Hey-Acker']);
    // Without an institution, or before another body, the committee alone.
    assert.deepEqual(orgs('De Commissie van Toezicht van het Openbaar Ministerie bestaat niet; de Commissie van Toezicht bij de PI De zaak loopt.').map(o => o[0]),
      ['Commissie van Toezicht', 'Openbaar Ministerie', 'Commissie van Toezicht bij de PI']);
  });
});

describe('round 40: a Commissie van Toezicht over a line break', () => {
  it('the committee and its institution broken over a line are one span', () => {
    assert.deepEqual(orgs('De Commissie van Toezicht \nbij de PI \nVught oordeelde.').map(o => o[0]), ['Commissie van Toezicht \nbij de PI \nVught']);
  });
});
