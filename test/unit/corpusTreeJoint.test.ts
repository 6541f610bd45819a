// The corpus panel's dossiers: a letter printed in two dossiers gives each the title its header prints for it.
import { strict as assert } from 'node:assert';
import { completionsAt } from '../../server/src/core/features/completion';
import { corpusTreeChildren } from '../../server/src/core/features/corpusTree';
import { Corpus } from '../../server/src/core/workspace/corpus';

// The header of Kamerstuk 29 754, nr. 305 (also 29 240, nr. 305), as its PDF text prints it.
const JOINT = [
  'Tweede Kamer der Staten-Generaal 2 ',
  'Vergaderjaar 2014–2015 ',
  '',
  '29 754 Terrorismebestrijding ',
  '',
  '29 240 Veiligheid op school ',
  '',
  'Nr. 305 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN ONDERWIJS, CULTUUR ',
  'EN WETENSCHAP ',
  '',
  'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ',
  '',
  'Den Haag, 16 maart 2015 ',
  '',
  'Met deze brief willen wij uw Kamer informeren over de maatregelen. ',
  '',
].join('\n');

describe('corpus panel and completion: a letter in two dossiers', () => {
  it('names each dossier by the title printed for it, not the first dossier\'s title for both', () => {
    const corpus = new Corpus();
    corpus.update('file:///ws/corpus/p02.txt', JOINT);
    const identity = corpus.record('file:///ws/corpus/p02.txt')!.analysis.identity;
    assert.deepEqual(identity.jointDossiers?.map(j => [j.dossier, j.title]), [['29240', 'Veiligheid op school']], 'the header is read as two dossiers');
    const top = corpusTreeChildren(corpus, null);
    const described = Object.fromEntries(top.map(n => [n.label, n.description]));
    assert.equal(described['29 754'], 'Terrorismebestrijding · 1 letter');
    assert.equal(described['29 240'], 'Veiligheid op school · 1 letter');
    // Completion of a dossier being typed says the same.
    const typed = 'Zie Kamerstuk 29 2';
    const items = completionsAt(corpus, typed, typed.length)!.items;
    const d29240 = items.find(i => i.label === '29 240');
    assert.ok(d29240, items.map(i => i.label).join(', '));
    assert.match(d29240!.detail ?? '', /^Veiligheid op school · /);
  });
});
