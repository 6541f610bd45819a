// Round 8 of the blind check on real letters (Buitenlandse Zaken and ontwikkelingssamenwerking, Defensie, migration
// and asylum, EU institutions and councils; 2013–2025): the rules it added for organisations and acronyms. Every
// snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { letterOrgs, orgs } from './recognised';



describe('round 8: a lower-case body noun before the capitalised words an acronym spells', () => {
  it('"werkgroep Fictieve Toets Voorstellen (FTV)" is a body, the noun in its span, and later uses follow', () => {
    assert.deepEqual(orgs('De fiches zijn gemaakt door de werkgroep Fictieve Toets Voorstellen (FTV). De FTV komt maandelijks bijeen.'), [
      ['werkgroep Fictieve Toets Voorstellen', 'TEXT:FTV'],
      ['FTV', 'TEXT:FTV'],
      ['FTV', 'TEXT:FTV'],
    ]);
  });

  it('a stuurgroep and a taskforce in the same place', () => {
    assert.deepEqual(orgs('Hierover adviseert de stuurgroep Regionale Opvang Planning (ROP), met de taskforce Snelle Uitplaatsing (SU).'), [
      ['stuurgroep Regionale Opvang Planning', 'TEXT:ROP'],
      ['ROP', 'TEXT:ROP'],
      ['taskforce Snelle Uitplaatsing', 'TEXT:SU'],
      ['SU', 'TEXT:SU'],
    ]);
  });

  it('negatives: a programme, a law or a plan before the capitalised words stays no body', () => {
    assert.deepEqual(orgs('Het programma Betere Grensbewaking Samen (BGS) loopt door.'), []);
    assert.deepEqual(orgs('De wet Tijdelijke Opvang Regels (TOR) geldt tot 2027.'), []);
    assert.deepEqual(orgs('In het plan Veilige Terugkeer Routes (VTR) staat meer.'), []);
  });

  it('negative: a long form that names a body on its own is not taken back over the noun before it', () => {
    assert.deepEqual(orgs('Het advies van de commissie en de Raad voor Fictieve Zaken (RFZ) volgt.'), [
      ['Raad voor Fictieve Zaken', 'TEXT:RFZ'],
      ['RFZ', 'TEXT:RFZ'],
    ]);
  });
});

describe('round 8: a short form ending in a number its long form does not spell is an edition', () => {
  it('"Fictional Relief Association (FRA12)": the long form is the body (the letters), the numbered form is not read', () => {
    assert.deepEqual(orgs('Het gaat om de twaalfde ronde van de Fictional Relief Association (FRA12). De FRA keert uit.'), [
      ['Fictional Relief Association', 'TEXT:FRA'],
    ]);
  });

  it('a body the gazetteer knows keeps its id, and its later acronym is read by the gazetteer', () => {
    assert.deepEqual(orgs('De onderhandelingen van de International Development Association (IDA21) zijn klaar. IDA leent aan de armste landen.'), [
      ['International Development Association', 'IDA'],
      ['IDA', 'IDA'],
      ['IDA', 'IDA'],
    ]);
  });

  it('negative: digits the long form spells keep the short form ("Groep van 20 (G20)" is not touched)', () => {
    const rows = orgs('De Fictieve Groep 7 Landen (FG7) vergaderde. De FG7 besloot.');
    assert.ok(rows.every(([t]) => t !== 'FG'), JSON.stringify(rows));
  });
});

describe('round 8: a committee named after its chair with a hyphen', () => {
  it('"de commissie-Dekkerman", "Commissie-Van der Berkel", "de commissie-Smit-Jansen"', () => {
    assert.deepEqual(orgs('Zoals de commissie-Dekkerman adviseerde en de Commissie-Van der Berkel bevestigde, volgt de commissie-Smit-Jansen.'), [
      ['commissie-Dekkerman', 'TEXT:COMMISSIE-DEKKERMAN'],
      ['Commissie-Van der Berkel', 'TEXT:COMMISSIE-VAN DER BERKEL'],
      ['commissie-Smit-Jansen', 'TEXT:COMMISSIE-SMIT-JANSEN'],
    ]);
  });

  it('negatives: a lower-case compound, a committee without hyphen, a word ending in -commissie', () => {
    assert.deepEqual(orgs('Het commissie-advies en de commissie Dekkerman. Een subcommissie-Dekkerman bestaat niet.'), []);
    assert.deepEqual(orgs('De commissie-voorstellen liggen er.'), []);
  });
});

describe('round 8: churches defined by an acronym', () => {
  it('"Protestantse Fictieve Kerk (PFK)" is a body, as a vereniging', () => {
    assert.deepEqual(orgs('Ik sprak met de Protestantse Fictieve Kerk (PFK). De PFK vangt mensen op.'), [
      ['Protestantse Fictieve Kerk', 'TEXT:PFK'],
      ['PFK', 'TEXT:PFK'],
      ['PFK', 'TEXT:PFK'],
    ]);
  });

  it('negative: a church building without a definition is not read from its shape', () => {
    assert.deepEqual(orgs('De bijeenkomst vond plaats in de Nieuwe Kerk in Delft.'), []);
  });
});

describe('round 8: foreign affairs, development and migration bodies of the gazetteer', () => {
  it('the World Bank Group, the UN humanitarian office, the Human Rights Council and the Dutch Relief Alliance', () => {
    assert.deepEqual(orgs('De Wereldbankgroep en het United Nations Office for the Coordination of Humanitarian Affairs (OCHA) werken samen; de Mensenrechtenraad en de Dutch Relief Alliance ook.'), [
      ['Wereldbankgroep', 'WERELDBANK'],
      ['United Nations Office for the Coordination of Humanitarian Affairs', 'OCHA'],
      ['OCHA', 'OCHA'],
      ['Mensenrechtenraad', 'UNHRC'],
      ['Dutch Relief Alliance', 'DRA'],
    ]);
  });

  it('the BNC fiches, the EU asylum agency in Dutch, Frontex by its Dutch name, Cepol in title case', () => {
    assert.deepEqual(orgs('Een fiche van de werkgroep Beoordeling Nieuwe Commissievoorstellen (BNC) over het EU-Asielagentschap, het asielagentschap van de EU, het Europese Grens- en Kustwacht Agentschap (EGKWA) en Cepol.'), [
      ['werkgroep Beoordeling Nieuwe Commissievoorstellen', 'BNC'],
      ['BNC', 'BNC'],
      ['EU-Asielagentschap', 'EUAA'],
      ['asielagentschap van de EU', 'EUAA'],
      ['Europese Grens- en Kustwacht Agentschap', 'FRONTEX'],
      ['EGKWA', 'FRONTEX'],
      ['Cepol', 'CEPOL'],
    ]);
  });

  it('the Ministry of Asylum and Migration and its committees in both chambers, the IJV and the ADR', () => {
    assert.deepEqual(orgs('De vaste commissie voor Asiel en Migratie vroeg het Ministerie van Asiel en Migratie om het ADR-rapport en het oordeel van de IJV.'), [
      ['vaste commissie voor Asiel en Migratie', 'TK-COM-AM'],
      ['Ministerie van Asiel en Migratie', 'MIN-AM'],
      ['ADR', 'ADR'],
      ['IJV', 'INSP-VENJ'],
    ]);
    assert.deepEqual(orgs('De vaste commissie voor Immigratie & Asiel/JBZ-Raad van de Eerste Kamer stelde vragen.'), [
      ['vaste commissie voor Immigratie & Asiel/JBZ-Raad', 'EK-COM-IA'],
      ['Eerste Kamer', 'EK'],
    ]);
  });

  it('negative: "Mensenrechtenraad" as part of a longer compound is not the council', () => {
    assert.deepEqual(orgs('Het mensenrechtenraadsbesluit is genomen.'), []);
  });
});

describe('round 8: names broken over a line end or a page in PDF-like text', () => {
  it('a defined lower-case-headed long form broken by a line-end hyphen keeps its whole span', () => {
    const text = 'De fiches zijn opgesteld door de werkgroep Fictieve Toets Voor-\nstellen (FTV) van het kabinet. \n';
    assert.deepEqual(letterOrgs(text), [['werkgroep Fictieve Toets Voor-\nstellen', 'TEXT:FTV'], ['FTV', 'TEXT:FTV']]);
  });
});
