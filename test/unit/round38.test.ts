// Round 38 of the blind check on real texts: every family at once, on stukken of 2009–2024 on local and regional
// government and public safety (the veiligheidsregio's and the fire service, the meldkamers, the RIEC's, the
// Veiligheidshuizen, the police, the NCTV's local approach, a municipal merger). Missed blind: bodies named by their
// region or province ("RIEC Limburg", "Veiligheidsregio Rotterdam-Rijnmond", "de provincie Noord-Brabant", "Gedeputeerde
// Staten van Noord-Brabant", "de politie-eenheid Oost-Nederland"), the fire service's and control rooms' national bodies,
// and the first year of a period in parentheses. Every snippet is written for the test.
import { strict as assert } from 'node:assert';
import { datesInLetterOf, orgs } from './recognised';

describe('round 38: local and regional bodies named by their region', () => {
  it('a safety region, a regional fire service, a RIEC, a Veiligheidshuis and an old police region', () => {
    assert.deepEqual(orgs('De Veiligheidsregio Zuid-Limburg en de veiligheidsregio Haaglanden oefenden met Brandweer Twente.').map(o => o[0]),
      ['Veiligheidsregio Zuid-Limburg', 'veiligheidsregio Haaglanden', 'Brandweer Twente']);
    assert.deepEqual(orgs('Het RIEC Oost-Nederland, het Veiligheidshuis Tilburg en de politieregio Hollands Midden werkten samen.').map(o => o[0]),
      ['RIEC Oost-Nederland', 'Veiligheidshuis Tilburg', 'politieregio Hollands Midden']);
  });

  it('the same names over a line break, and where a character outside the Basic Plane leaves the matcher\'s record incomplete', () => {
    assert.deepEqual(orgs('De Veiligheidsregio \nTwente en de provincie \nGelderland spraken.').map(o => o[0]),
      ['Veiligheidsregio \nTwente', 'provincie \nGelderland']);
    assert.deepEqual(orgs('Het symbool \u{1D538} staat hier; de Veiligheidsregio Twente en het RIEC Limburg werkten samen.').map(o => o[0]),
      ['Veiligheidsregio Twente', 'RIEC Limburg']);
  });

  it('the noun alone, its plural, a sentence opener or a product after it names none', () => {
    assert.deepEqual(orgs('De veiligheidsregio stelt dat alle veiligheidsregio’s en de brandweer klaar zijn.'), []);
    assert.deepEqual(orgs('Volgens de veiligheidsregio Dit jaar is het rustig.'), []);
    // "RIEC" alone stays the gazetteer's body; its product is no region.
    assert.deepEqual(orgs('Het RIEC Jaarverslag verscheen; de RIEC’s werken samen.'), [['RIEC', 'RIEC']]);
    assert.deepEqual(orgs('De politie, brandweer en GHOR waren ter plaatse.').map(o => o[1]), ['POLITIE', 'GHOR']);
  });

  it('a region whose name holds "en" whole; a clause opener after a lost full stop is no region', () => {
    assert.deepEqual(orgs('De Veiligheidsregio Gooi en Vechtstreek en de veiligheidsregio Midden- en West-Brabant oefenden.').map(o => o[0]),
      ['Veiligheidsregio Gooi en Vechtstreek', 'veiligheidsregio Midden- en West-Brabant']);
    assert.deepEqual(orgs('Voor de brandweer Waar het om gaat is snelheid. Het Veiligheidshuis Alle partners zijn er.'), []);
  });

  it('the police units by their ten names, after "eenheid" or glued to "politie-"', () => {
    assert.deepEqual(orgs('De eenheid Zeeland-West-Brabant en de politie-eenheid Noord-Nederland leverden bijstand.').map(o => o[0]),
      ['eenheid Zeeland-West-Brabant', 'politie-eenheid Noord-Nederland']);
    // "eenheid" before another name or word is no police unit.
    assert.deepEqual(orgs('De eenheid Europa bleef bewaard; een eenheid Haarlem bestaat niet.'), []);
  });

  it('a province and its organs by one of the twelve names; the province as a place is none', () => {
    assert.deepEqual(orgs('De provincie Gelderland en Gedeputeerde Staten van Overijssel schreven aan Provinciale Staten van Drenthe.').map(o => o[0]),
      ['provincie Gelderland', 'Gedeputeerde Staten van Overijssel', 'Provinciale Staten van Drenthe']);
    assert.deepEqual(orgs('In de provincie Friesland en uit de provincie Zeeland kwamen veel meldingen, in heel de provincie Utrecht ook.'), []);
  });

  it('a municipality\'s college of mayor and aldermen by its place', () => {
    assert.deepEqual(orgs('Het college van burgemeester en wethouders van Almere en het college van B en W van de gemeente Venlo besloten.').map(o => o[0]),
      ['college van burgemeester en wethouders van Almere', 'college van B en W van de gemeente Venlo']);
    // A place of three words ("De Ronde Venen") whole.
    assert.deepEqual(orgs('Het college van burgemeester en wethouders van De Ronde Venen stemde in.').map(o => o[0]),
      ['college van burgemeester en wethouders van De Ronde Venen']);
  });
});

describe('round 38, batch 2: an old regional police force and the GHOR\'s first name', () => {
  it('the regiopolitie by its region, as the politieregio', () => {
    assert.deepEqual(orgs('De regiopolitie Hollands Midden en de Regiopolitie Zuid-Holland-Zuid werkten samen.').map(o => o[0]),
      ['regiopolitie Hollands Midden', 'Regiopolitie Zuid-Holland-Zuid']);
    assert.deepEqual(orgs('De regiopolitie was toen nog zelfstandig.'), []);
  });

  it('the GHOR under its name before 2010, Geneeskundige Hulpverlening bij Ongevallen en Rampen', () => {
    assert.deepEqual(orgs('De Geneeskundige Hulpverlening bij Ongevallen en Rampen (GHOR) coördineert; de GHOR oefent.').map(o => o[1]),
      ['GHOR', 'GHOR', 'GHOR']);
  });
});

describe('round 38: the national bodies of the fire service and the control rooms', () => {
  it('Brandweer Nederland, the NVBR, the Raad van Regionaal Commandanten, the NIPV, the LOCC and the VRR', () => {
    assert.deepEqual(orgs('Brandweer Nederland, de NVBR, de Raad van Regionaal Commandanten, het NIPV, het LOCC en de VRR overlegden.').map(o => o[1]),
      ['BRANDWEER-NL', 'NVBR', 'RRC', 'NIPV', 'LOCC', 'VRR']);
  });

  it('the control rooms\' bodies by name and by the acronym the letter gives them', () => {
    assert.deepEqual(orgs('Het Bestuurlijk Meldkamer Beraad (BMB) en de Landelijke Meldkamer Samenwerking (LMS) besloten; het BMB stemde in.').map(o => o[1]),
      ['BMB', 'BMB', 'LMS', 'LMS', 'BMB']);
    assert.deepEqual(orgs('Ambulancezorg Nederland, de Landelijke Meldkamer Organisatie en de Kring van Commissarissen van de Koning reageerden.').map(o => o[1]),
      ['AZN', 'LMO', 'KRING-CDK']);
  });
});

describe('round 38: bodies of the round\'s subjects no text named', () => {
  it('the G4 and the G40, the Netwerk Veiligheidshuizen, the Brandweeracademie, the Inspectie OOV and the VNG without "van"', () => {
    assert.deepEqual(orgs('De G4 en het G40-netwerk, het Landelijk Netwerk Veiligheidshuizen en de Brandweeracademie reageerden.').map(o => o[1]),
      ['G4', 'G40', 'NETWERK-VEILIGHEIDSHUIZEN', 'BRANDWEERACADEMIE']);
    assert.deepEqual(orgs('De Inspectie Openbare Orde en Veiligheid (Inspectie OOV) en de Vereniging Nederlandse Gemeenten spraken; de Inspectie OOV rapporteerde.').map(o => o[1]),
      ['INSP-OOV', 'INSP-OOV', 'VNG', 'INSP-OOV']);
    // A compound with the acronym first is the acronym's body alone, as "EU-project".
    assert.deepEqual(orgs('De G4-steden vroegen meer agenten.'), [['G4', 'G4']]);
  });
});

describe('round 38: a period of years in parentheses', () => {
  const dates = datesInLetterOf('2012-07-05');

  it('reads the first year of "(2009 t/m 2011)" as the last', () => {
    assert.deepEqual(dates('Het aantal branden daalde (2008 t/m 2010) en steeg daarna.'), [['2008', { iso: '2008' }], ['2010', { iso: '2010' }]]);
    assert.deepEqual(dates('De cijfers (2007 tot en met 2009) zijn lager.'), [['2007', { iso: '2007' }], ['2009', { iso: '2009' }]]);
  });

  it('the turn of the year named by its two years is one approximate range, as a winter', () => {
    const dates2 = datesInLetterOf('2021-02-01');
    assert.deepEqual(dates2('Tijdens de jaarwisseling 2020-2021 en de jaarwisseling van 2019/2020 was de inzet groot.'), [
      ['de jaarwisseling 2020-2021', { iso: ['2020', '2021'], approx: true }],
      ['de jaarwisseling van 2019/2020', { iso: ['2019', '2020'], approx: true }],
    ]);
    assert.deepEqual(dates2('De jaarwisseling verliep rustig; de jaarwisseling 2019 niet.'), []);
  });

  it('leaves numbers in parentheses that do not close after the second year', () => {
    assert.deepEqual(dates('Zie de bijlagen (2008 t/m 2010 en verder) bij de brief.'), [['2010', { iso: '2010' }]]);
  });
});
