// Session 19: a letter's own definition of an acronym as a programme, document, law or agreement overrules the
// gazetteer's reading of that acronym as a body, in the whole letter, unless the letter also names the body in full
// (GUIDELINES.md, "Decisions (session 19)"). Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { analyseLetter } from '../../server/src/core/analyse';
import { orgs, letterOrgs } from './recognised';

describe('session 19: a letter that defines a known acronym as a programme, document or law', () => {
  it('the programme: no organisation for NPO anywhere in the letter, before its definition too', () => {
    const text = 'Onderwerp: voortgang NPO\n\nDe NPO-gelden zijn verdeeld. Het Nationaal Programma Onderwijs (NPO) loopt tot 2025. '
      + 'Scholen besteden het NPO-budget aan extra begeleiding; de NPO-scan helpt daarbij. Het NPO wordt geëvalueerd.';
    assert.deepEqual(orgs(text), []);
  });

  it('the programme defined the other way round, acronym first', () => {
    assert.deepEqual(orgs('Het NPO (Nationaal Programma Onderwijs) loopt door; het NPO eindigt in 2025.'), []);
  });

  it('the programme\'s definition is kept as a definition without a body', () => {
    const text = 'Het Nationaal Programma Onderwijs (NPO) loopt door.';
    const { definitions } = analyseLetter(text);
    const npo = definitions.filter(d => d.short === 'NPO');
    assert.equal(npo.length, 1);
    assert.equal(npo[0].long, 'Nationaal Programma Onderwijs');
    assert.equal(npo[0].orgId, null);
  });

  it('the body: NPO is the broadcaster in a letter that defines nothing', () => {
    assert.deepEqual(orgs('De NPO verdeelt het budget over de omroepen; de NPO en het Commissariaat voor de Media overleggen.'),
      [['NPO', 'NPO'], ['NPO', 'NPO'], ['Commissariaat voor de Media', 'CVDM']]);
  });

  it('the body: NPO is the broadcaster where the letter defines it as the Nederlandse Publieke Omroep', () => {
    assert.deepEqual(orgs('De Nederlandse Publieke Omroep (NPO) stelt de begroting op. De NPO legt verantwoording af.'),
      [['Nederlandse Publieke Omroep', 'NPO'], ['NPO', 'NPO'], ['NPO', 'NPO']]);
  });

  it('a letter that names the broadcaster in full and defines the programme: the bare uses stay the broadcaster, the definition\'s own short form is the programme', () => {
    const text = 'Het Nationaal Programma Onderwijs (NPO) financiert lessen over media. De Nederlandse Publieke Omroep maakt '
      + 'daarvoor een serie; de NPO zendt die uit.';
    assert.deepEqual(orgs(text), [['Nederlandse Publieke Omroep', 'NPO'], ['NPO', 'NPO']]);
  });

  it('a definition in a footnote overrules the uses in the running text before it', () => {
    const text = [
      'Geachte voorzitter,',
      '',
      'Met deze brief informeer ik u over de voortgang van het NPO1. De middelen van het NPO zijn grotendeels besteed.',
      'Ik verwacht dat scholen de NPO-aanpak voortzetten.',
      '',
      '1 Het Nationaal Programma Onderwijs (NPO), zie Kamerstukken II 2020/21, 35 782, nr. 1.',
      '',
    ].join('\n');
    assert.deepEqual(letterOrgs(text).filter(([, id]) => id === 'NPO'), []);
  });

  it('an acronym defined as a law: "de Wet politiegegevens (Wpg)" and a law spelling a known acronym are no body', () => {
    // The gazetteer knows no "Wpg": nothing is read, the police inside the law's name neither.
    assert.deepEqual(orgs('De Wet politiegegevens (Wpg) regelt de verwerking. Op grond van de Wpg mag de politie gegevens delen.'),
      [['politie', 'POLITIE']]);
    // WKR is the Wetenschappelijke Klimaatraad in the gazetteer; a law of that acronym (a name made up for the test)
    // is the law's in this letter, in capitals too.
    assert.deepEqual(orgs('De Wet klimaatrapportage (WKR) verplicht bedrijven tot verslag. De WKR treedt in 2026 in werking.'), []);
  });

  it('a regulation: "de werkkostenregeling (WKR)" is not the Wetenschappelijke Klimaatraad', () => {
    assert.deepEqual(orgs('Werkgevers mogen onder de werkkostenregeling (WKR) vergoedingen geven. De vrije ruimte in de WKR stijgt.'), []);
    assert.deepEqual(orgs('De Wetenschappelijke Klimaatraad (WKR) adviseert. De WKR waarschuwt.'),
      [['Wetenschappelijke Klimaatraad', 'WKR'], ['WKR', 'WKR'], ['WKR', 'WKR']]);
  });

  it('a known acronym defined as an agreement, an area or a law is not the body in that letter', () => {
    assert.deepEqual(orgs('De Partnership and Cooperation Agreement (PCA) met Irak is in werking. Onder de PCA wordt samengewerkt.'), []);
    assert.deepEqual(orgs('Noorwegen is lid van de European Economic Area (EEA). De EEA-landen volgen de regels.'), []);
    assert.deepEqual(orgs('De Internationale Energie Analyse (IEA) van het kabinet verschijnt in juni. De IEA bevat scenario\'s.'), []);
  });

  it('the bodies themselves: the IEA, the EEA and the PCA by acronym where nothing else is defined', () => {
    assert.deepEqual(orgs('Het IEA verwacht een hogere vraag; het EEA meet de luchtkwaliteit; het PCA in Den Haag hoort de zaak.'),
      [['IEA', 'IEA'], ['EEA', 'EEA'], ['PCA', 'PCA']]);
    assert.deepEqual(orgs('Het International Energy Agency (IEA) publiceert de World Energy Outlook. Het IEA waarschuwt.'),
      [['International Energy Agency', 'IEA'], ['IEA', 'IEA'], ['IEA', 'IEA']]);
  });

  it('another body the letter defines with a known acronym keeps the existing rule: from its definition on', () => {
    // "Instituut voor Energie-Analyse (IEA)" (made up for the test): another body, read from the letter's definition
    // on as TEXT:IEA; the use before it stays the gazetteer's (a body redefinition, not a programme's).
    const text = 'Het IEA publiceert cijfers over energie. Het Instituut voor Energie-Analyse (IEA) rekent scenario\'s door. '
      + 'Het IEA meldt een daling.';
    assert.deepEqual(orgs(text).map(([t, id]) => `${t}:${id}`), [
      'IEA:IEA', 'Instituut voor Energie-Analyse:TEXT:IEA', 'IEA:TEXT:IEA', 'IEA:TEXT:IEA',
    ]);
  });
});

describe('session 19: definitions that do not overrule the gazetteer', () => {
  it('a false pair, a name before a party, changes nothing', () => {
    assert.deepEqual(orgs('Het lid Marcouch (PvdA) vroeg naar de PvdA.').filter(([, id]) => id !== 'PVDA'), []);
    assert.deepEqual(orgs('Het lid Marcouch (PvdA) vroeg naar de PvdA.').length, orgs('Het lid Jansen vroeg naar de PvdA en de PvdA.').length);
  });

  it('a long form that names no programme, document or law leaves the body', () => {
    // "Nieuwe Publieke Ontwikkeling" is spelled by NPO but names no programme, law or document.
    assert.deepEqual(orgs('De Nieuwe Publieke Ontwikkeling (NPO) is ingezet. De NPO is de omroep.'), [['NPO', 'NPO'], ['NPO', 'NPO']]);
  });

  it('an acronym in brackets after a document named by its body is no redefinition', () => {
    assert.deepEqual(orgs('Het jaarverslag van de NPO (NPO) ligt ter inzage.'), [['NPO', 'NPO'], ['NPO', 'NPO']]);
  });

  it('a programme defined with another acronym leaves the body\'s acronym alone', () => {
    assert.deepEqual(orgs('Het Nationaal Programma Onderwijs (NP Onderwijs) loopt door. De NPO zendt het debat uit.'), [['NPO', 'NPO']]);
  });

  it('a programme of a body: the body named with the programme keeps its acronym', () => {
    assert.deepEqual(orgs('Het Programma van de Nederlandse Publieke Omroep (NPO) is vastgesteld.'), [['Nederlandse Publieke Omroep', 'NPO'], ['NPO', 'NPO']]);
  });
});
