// Session 26: a second audit of the gazetteer against the public registers (the ZBO register, the agencies and
// services of the ministries, the advisory councils, universities and hogescholen, the national umbrella, employers'
// and trade bodies, the public broadcasters, the state participations, Caribbean bodies, EU agencies and UN bodies),
// and the national bodies it lacked added. A sample of the new entries by name and by acronym, with negatives: the
// name as an ordinary word, in lower case or inside another word, the acronyms left out on purpose, and a capitals
// line. Every snippet is written for the test; none is copied from a letter.
import { strict as assert } from 'node:assert';
import { loadGazetteer } from '../../server/src/core/data/gazetteer';
import { orgs, letterOrgs } from './recognised';

describe('session 26: new gazetteer entries, by name and by acronym', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['De Centrale Commissie Dierproeven verleent de vergunning; de CCD toetst het project.', [['Centrale Commissie Dierproeven', 'CCD'], ['CCD', 'CCD']]],
    ['Naktuinbouw en de NAK keuren het uitgangsmateriaal, het KCB de groente.', [['Naktuinbouw', 'NAKTUINBOUW'], ['NAK', 'NAK'], ['KCB', 'KCB']]],
    ['Het Agentschap van het Ministerie van Financiën beheert de staatsschuld; de DSTA geeft obligaties uit.', [['Agentschap van het Ministerie van Financiën', 'DSTA'], ['DSTA', 'DSTA']]],
    ['De Rijksvoorlichtingsdienst verspreidt het bericht; de RVD antwoordt morgen.', [['Rijksvoorlichtingsdienst', 'RVD'], ['RVD', 'RVD']]],
    ['P-Direkt en de Uitvoeringsorganisatie Bedrijfsvoering Rijk leveren diensten; de UBR groeit.', [['P-Direkt', 'P-DIREKT'], ['Uitvoeringsorganisatie Bedrijfsvoering Rijk', 'UBR'], ['UBR', 'UBR']]],
    ['De Commissie Genetische Modificatie adviseert; volgens de COGEM is het risico klein.', [['Commissie Genetische Modificatie', 'COGEM'], ['COGEM', 'COGEM']]],
    ['De Technische Commissie Bodem en de Adviescommissie Water brachten advies uit; de TCB en de AcW zijn het eens.', [['Technische Commissie Bodem', 'TCB'], ['Adviescommissie Water', 'ACW'], ['TCB', 'TCB'], ['AcW', 'ACW']]],
    ['Het Nationaal Comité 4 en 5 mei organiseert de herdenking.', [['Nationaal Comité 4 en 5 mei', 'COMITE-4-5-MEI']]],
    ['De Hogeschool Rotterdam, De Haagse Hogeschool en de Zuyd Hogeschool doen mee.', [['Hogeschool Rotterdam', 'HR'], ['De Haagse Hogeschool', 'HHS'], ['Zuyd Hogeschool', 'ZUYD']]],
    ['De Hogeschool Utrecht en NHL Stenden Hogeschool bieden de opleiding aan.', [['Hogeschool Utrecht', 'HU'], ['NHL Stenden Hogeschool', 'NHL-STENDEN']]],
    ['De Protestantse Theologische Universiteit en de Universiteit voor Humanistiek; de PThU en de UvH.', [['Protestantse Theologische Universiteit', 'PTHU'], ['Universiteit voor Humanistiek', 'UVH'], ['PThU', 'PTHU'], ['UvH', 'UVH']]],
    ['De Koninklijke Nederlandse Redding Maatschappij redt drenkelingen; de KNRM heeft vrijwilligers.', [['Koninklijke Nederlandse Redding Maatschappij', 'KNRM'], ['KNRM', 'KNRM']]],
    ['De Nederlandse Vereniging van Makelaars en de NVVB zijn gehoord, net als de Fietsersbond.', [['Nederlandse Vereniging van Makelaars', 'NVM'], ['NVVB', 'NVVB'], ['Fietsersbond', 'FIETSERSBOND']]],
    ['De KNMT, de KNGF en de KNOV ondertekenden het akkoord met Zelfstandige Klinieken Nederland.', [['KNMT', 'KNMT'], ['KNGF', 'KNGF'], ['KNOV', 'KNOV'], ['Zelfstandige Klinieken Nederland', 'ZKN']]],
    ['Het Integraal Kankercentrum Nederland beheert de registratie; het IKNL en het KWF werken samen.', [['Integraal Kankercentrum Nederland', 'IKNL'], ['IKNL', 'IKNL'], ['KWF', 'KWF']]],
    ['Het Landelijk Netwerk Acute Zorg en Ambulancezorg Nederland spraken met Nictiz en Valente.', [['Landelijk Netwerk Acute Zorg', 'LNAZ'], ['Ambulancezorg Nederland', 'AZN'], ['Nictiz', 'NICTIZ'], ['Valente', 'VALENTE']]],
    ['Transport en Logistiek Nederland, evofenedex en de VNCI reageerden; TLN is kritisch.', [['Transport en Logistiek Nederland', 'TLN'], ['evofenedex', 'EVOFENEDEX'], ['VNCI', 'VNCI'], ['TLN', 'TLN']]],
    ['De Nederlandse Zuivelorganisatie, het NAJK en de Nederlandse Vissersbond zijn betrokken.', [['Nederlandse Zuivelorganisatie', 'NZO'], ['NAJK', 'NAJK'], ['Nederlandse Vissersbond', 'VISSERSBOND']]],
    ['Milieudefensie, Greenpeace en Natuur & Milieu steunen het plan; Vogelbescherming Nederland niet.', [['Milieudefensie', 'MILIEUDEFENSIE'], ['Greenpeace', 'GREENPEACE'], ['Natuur & Milieu', 'NATUUR-MILIEU'], ['Vogelbescherming Nederland', 'VOGELBESCHERMING']]],
    ['PowNed, WNL en Omroep MAX vragen erkenning aan.', [['PowNed', 'POWNED'], ['WNL', 'WNL'], ['Omroep MAX', 'MAX']]],
    ['BNG Bank en NWB Bank financieren gemeenten; de BNG verstrekt de lening.', [['BNG Bank', 'BNG'], ['NWB Bank', 'NWB'], ['BNG', 'BNG']]],
    ['De FMO investeert in Afrika; NL Financial Investments beheert de aandelen van de Volksbank.', [['FMO', 'FMO'], ['NL Financial Investments', 'NLFI'], ['Volksbank', 'VOLKSBANK']]],
    ['Invest-NL, de COVRA en Urenco worden genoemd in het jaarverslag.', [['Invest-NL', 'INVEST-NL'], ['COVRA', 'COVRA'], ['Urenco', 'URENCO']]],
    ['Het Zorgverzekeringskantoor en het Korps Politie Caribisch Nederland; het ZVK en het KPCN.', [['Zorgverzekeringskantoor', 'ZVK'], ['Korps Politie Caribisch Nederland', 'KPCN'], ['ZVK', 'ZVK'], ['KPCN', 'KPCN']]],
    ['De Centrale Bank van Aruba en het CAft bespreken de begroting.', [['Centrale Bank van Aruba', 'CBA'], ['CAft', 'CAFT']]],
    ['De Gemeenschappelijke Afwikkelingsraad besluit; de SRB en de ESRB zijn betrokken.', [['Gemeenschappelijke Afwikkelingsraad', 'SRB'], ['SRB', 'SRB'], ['ESRB', 'ESRB']]],
    ['Het Drugsagentschap van de Europese Unie publiceert cijfers; het EUDA, voorheen het EMCDDA.', [['Drugsagentschap van de Europese Unie', 'EUDA'], ['EUDA', 'EUDA'], ['EMCDDA', 'EUDA']]],
    ['De AMLA houdt toezicht op witwassen; ACER en BEREC op energie en telecom.', [['AMLA', 'AMLA'], ['ACER', 'ACER'], ['BEREC', 'BEREC']]],
    ['Eurofound en Cedefop doen onderzoek; het Europees Investeringsfonds en het EIF financieren.', [['Eurofound', 'EUROFOUND'], ['Cedefop', 'CEDEFOP'], ['Europees Investeringsfonds', 'EIF'], ['EIF', 'EIF']]],
    ['De Wereldpostunie en de Internationale Telecommunicatie-unie; de UPU en de ITU.', [['Wereldpostunie', 'UPU'], ['Internationale Telecommunicatie-unie', 'ITU'], ['UPU', 'UPU'], ['ITU', 'ITU']]],
    ['Het IPCC en IRENA rapporteren; UN Women en UNAIDS krijgen een bijdrage.', [['IPCC', 'IPCC'], ['IRENA', 'IRENA'], ['UN Women', 'UN-WOMEN'], ['UNAIDS', 'UNAIDS']]],
    ['Gavi, CEPI en het Global Fund ontvangen steun; Artsen zonder Grenzen helpt ter plaatse.', [['Gavi', 'GAVI'], ['CEPI', 'CEPI'], ['Global Fund', 'GLOBAL-FUND'], ['Artsen zonder Grenzen', 'AZG']]],
    ['De Aziatische Ontwikkelingsbank, de AIIB en de AfDB; de IDB en de IFC.', [['Aziatische Ontwikkelingsbank', 'ADB'], ['AIIB', 'AIIB'], ['AfDB', 'AFDB'], ['IDB', 'IDB'], ['IFC', 'IFC']]],
    ['Het Internationaal Zeerechttribunaal en de HCCH zetelen elders; ook het IRMCT is genoemd.', [['Internationaal Zeerechttribunaal', 'ITLOS'], ['HCCH', 'HCCH'], ['IRMCT', 'IRMCT']]],
  ];
  for (const [text, expected] of cases) {
    it(`${expected.map(e => e[1]).filter((id, i, all) => all.indexOf(id) === i).join(', ')}: ${text.slice(0, 32)}…`, () => assert.deepEqual(orgs(text), expected));
  }
});

describe('session 26: new gazetteer entries, negatives', () => {
  it('the name as an ordinary word in lower case is no body', () => {
    assert.deepEqual(orgs('De museumvereniging van het dorp, de fietsersbond van de school en het loodswezen in de haven.'), []);
    assert.deepEqual(orgs('Een volksbank van vroeger en de dierenbescherming in de veehouderij.'), []);
  });

  it('the name inside a longer word is no body', () => {
    assert.deepEqual(orgs('De Fietsersbondroute, de Milieudefensiecampagne en de Greenpeaceboot.'), []);
  });

  it('acronyms left out on purpose do not match: WMO (the Wmo act in capitals), DPC, ETF, ERA, BIS, FSB, MLA, DVD, NWB', () => {
    assert.deepEqual(orgs('De WMO 2015 en de DPC, een ETF, de ERA, het BIS, de FSB, de MLA, een DVD en het NWB.'), []);
  });

  it('names left out on purpose do not match: Per Saldo, De Unie, de Nederlandse ggz', () => {
    assert.deepEqual(orgs('Per Saldo is het plan positief. De Unie is het eens. De Nederlandse ggz staat onder druk.'), []);
  });

  it('a known acronym in a capitals line is the body only when the running text names it', () => {
    assert.deepEqual(letterOrgs('Den Haag, 3 maart 2021\n\nONDERWERP: EEN BOM IN DE HAVEN\n\nGeachte voorzitter,\n\nDe bom is ontmanteld.\n'), []);
  });

  it('a law named after a body by "op" is the law, not the body', () => {
    assert.deepEqual(orgs('De Wet op de Centrale Commissie Dierproeven is gewijzigd.'), []);
  });

  it('every new entry has a name, a Dutch and an English description and a source', () => {
    const byId = loadGazetteer().byId;
    for (const id of ['CCD', 'DSTA', 'RVD', 'COGEM', 'UVH', 'KNRM', 'NVM', 'KNMT', 'IKNL', 'TLN', 'MILIEUDEFENSIE', 'POWNED', 'BNG', 'FMO',
      'ZVK', 'KPCN', 'SRB', 'EUDA', 'AMLA', 'UPU', 'IPCC', 'AIIB', 'ITLOS']) {
      const e = byId.get(id);
      assert.ok(e, id);
      assert.equal(e.names[0], e.name, id);
      assert.ok(e.description.nl && e.description.en && /^https:\/\//.test(e.source), id);
    }
  });
});
