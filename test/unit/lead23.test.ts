// The lead's small follow-ups of session 23's rounds.
import { strict as assert } from 'node:assert';
import { organisationInfo } from '../../server/src/core/features/gazetteer';
import { organisationChoices } from '../../server/src/core/features/annotate';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { orgs } from './recognised';

describe('exact acronyms are shown where the other acronyms are', () => {
  it('the hover of the Nederlandse Emissieautoriteit lists "NEa" among its variants', () => {
    const info = organisationInfo('NEA');
    assert.ok(info, 'the gazetteer knows NEA');
    assert.ok(info.variants.includes('NEa'), `variants: ${info.variants.join(', ')}`);
  });

  it('the organisation picker offers "NEa" as its acronym', () => {
    const choice = organisationChoices([]).find(c => c.id === 'NEA');
    assert.ok(choice);
    assert.ok(choice.acronyms.includes('NEa'), `acronyms: ${choice.acronyms.join(', ')}`);
  });
});

describe('the opening words of a motie or a verslag start at its body, after its date line', () => {
  const opening = (text: string) => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/stuk.txt', text);
    return corpus.record('file:///ws/corpus/stuk.txt')!.opening;
  };
  const HEADER = 'Tweede Kamer der Staten-Generaal \nVergaderjaar 2021–2022 \n\n35 925 XVI Vaststelling van de begrotingsstaten van het Ministerie van \nVolksgezondheid, Welzijn en Sport (XVI) voor het jaar 2022 \n\n';

  it('"Voorgesteld 3 maart 2022" and "Vastgesteld 14 februari 2022" are date lines: the opening starts after them', () => {
    const motie = `${HEADER}Nr. 98 MOTIE VAN HET LID WESTERVELD \nVoorgesteld 3 maart 2022 \n\nDe Kamer, \n\ngehoord de beraadslaging, \n\nverzoekt de regering, \n`;
    assert.match(opening(motie), /^De Kamer, gehoord de beraadslaging/);
    const verslag = `${HEADER}Nr. 99 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG \nVastgesteld 14 februari 2022 \n\nDe vaste commissie voor Volksgezondheid heeft vragen voorgelegd. \n`;
    assert.match(opening(verslag), /^De vaste commissie voor Volksgezondheid/);
  });

  it('"Voorgesteld tijdens het Wetgevingsoverleg van 7 juni 2021" is one too', () => {
    const motie = `${HEADER}Nr. 97 MOTIE VAN HET LID DE JONG \nVoorgesteld tijdens het Wetgevingsoverleg van 7 juni 2021 \n\nDe Kamer, \n\ngehoord de beraadslaging, \n`;
    assert.match(opening(motie), /^De Kamer, gehoord/);
  });

  it('a letter under "Den Haag, maandag 12 mei 2014" still opens after its date; a date in the running text is no date line', () => {
    const brief = `${HEADER}Nr. 250 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE \nAan de Voorzitter van de Tweede Kamer der Staten-Generaal \nDen Haag, maandag 12 mei 2014 \n\nHierbij bied ik u het dreigingsbeeld aan. \n`;
    assert.match(opening(brief), /^Hierbij bied ik u/);
    const noCue = `${HEADER}Nr. 251 BRIEF VAN DE MINISTER VAN VEILIGHEID EN JUSTITIE \nAan de Voorzitter van de Tweede Kamer der Staten-Generaal \n\nOp 3 maart 2022 is het plan vastgesteld. \n`;
    assert.match(opening(noCue), /Op 3 maart 2022 is het plan vastgesteld/);
  });
});

describe('"Algemene Raad" is the EU council only where no other body owns it', () => {
  it('of the ECB or of the Orde van Advocaten it is that body\'s organ, not the EU\'s council', () => {
    assert.deepEqual(orgs('De Algemene Raad van de Nederlandse Orde van Advocaten heeft geadviseerd.'), [['Nederlandse Orde van Advocaten', 'NOVA']]);
    assert.deepEqual(orgs('De Algemene Raad van de ECB besloot.'), [['ECB', 'ECB']]);
  });

  it('alone, before a date, or of the European Union it stays the EU council', () => {
    assert.deepEqual(orgs('De Algemene Raad van 23 mei besprak de uitbreiding.'), [['Algemene Raad', 'EU-RAZEB']]);
    assert.deepEqual(orgs('Tijdens de Algemene Raad van de Europese Unie is dit besproken.').slice(0, 1), [['Algemene Raad', 'EU-RAZEB']]);
  });
});
