// Answers that list places across letters must not depend on the order the index took the letters in (the
// analysis threads decide it, so it differs between two starts of the same workspace), and list the letter the
// user asks from first, as Go to Definition does. Hand-made analyses, indexed in two orders.
import * as assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/features/hover';
import { definitionAt, referencesAt } from '../../server/src/core/features/navigation';
import { workspaceSymbols } from '../../server/src/core/features/outline';
import type { AcronymDefinition, AnyEntity } from '../../server/src/core/types';
import { Corpus } from '../../server/src/core/workspace/corpus';
import { analysisOf, cite, org, type Sketch } from './sketches';

function nctvDefinition(at: number): AcronymDefinition {
  return { short: 'NCTV', long: 'Nationaal Coördinator Terrorismebestrijding en Veiligheid', shortSpan: { start: at + 60, end: at + 64 }, longSpan: { start: at, end: at + 58 }, orgId: 'NCTV' };
}

/** The same letters indexed in the given order of their URIs. */
function corpusOf(letters: Record<string, Sketch>, order: string[]): Corpus {
  // Fresh objects for each corpus: the index shares (and freezes) the strings of what it holds.
  const corpus = new Corpus((_text, uri) => analysisOf(structuredClone(letters[uri] ?? {})));
  for (const uri of order) corpus.update(uri, ' '.repeat(400));
  return corpus;
}

const u = (name: string) => `file:///w/${name}.txt`;
const where = (places: Array<{ uri: string; span: { start: number } }> | null | undefined) => (places ?? []).map(p => `${p.uri.slice(10, -4)}@${p.span.start}`);

describe('answers across letters: the same whatever order the index took the letters in, this letter first', () => {
  // m cites k twice; a and z cite it once.
  const citers: Record<string, Sketch> = {
    [u('a')]: { entities: [cite(10, '29754', '251')] },
    [u('k')]: { dossier: '29754', number: '251' },
    [u('m')]: { entities: [cite(100, '29754', '251'), cite(10, '29754', '251')] },
    [u('z')]: { entities: [cite(10, '29754', '251')] },
  };
  const forwards = [u('a'), u('k'), u('m'), u('z')];
  const backwards = [...forwards].reverse();

  it('references from a citation: the letter asked from first, then the others by URI, each by place', () => {
    for (const order of [forwards, backwards]) {
      const refs = referencesAt(corpusOf(citers, order), u('m'), 12, true);
      assert.deepEqual(where(refs), ['m@10', 'm@100', 'a@10', 'k@0', 'z@10'], order.join(' '));
    }
  });

  it('references list each place once, also one the index holds twice', () => {
    const joint: Record<string, Sketch> = {
      ...citers,
      [u('j')]: { entities: [cite(10, '29754', '251'), cite(10, '29754', '251')] },
    };
    const refs = referencesAt(corpusOf(joint, backwards.concat(u('j'))), u('j'), 12, true);
    assert.deepEqual(where(refs), ['j@10', 'a@10', 'k@0', 'm@10', 'm@100', 'z@10']);
  });

  const mentions: Record<string, Sketch> = {
    [u('b')]: { entities: [org(30, 'NCTV', 'NCTV')], definitions: [nctvDefinition(200)] },
    [u('m')]: { entities: [org(30, 'NCTV', 'NCTV'), org(80, 'NCTV', 'NCTV')] },
    [u('y')]: { entities: [org(5, 'NCTV', 'NCTV')], definitions: [nctvDefinition(100)] },
  };
  const mForwards = [u('b'), u('m'), u('y')];
  const mBackwards = [...mForwards].reverse();

  it('references from an organisation: this letter first, then the others by URI, definitions in their places', () => {
    for (const order of [mForwards, mBackwards]) {
      const refs = referencesAt(corpusOf(mentions, order), u('m'), 31, true);
      assert.deepEqual(where(refs), ['m@30', 'm@80', 'b@30', 'b@200', 'y@5', 'y@100'], order.join(' '));
    }
  });

  // An acronym defined in more letters than Go to Definition lists (20) or the hover names (5).
  const defined: Record<string, Sketch> = { [u('m')]: { entities: [org(30, 'NCTV', 'NCTV')] } };
  for (let i = 0; i < 30; i++) defined[u(`d${String(i).padStart(2, '0')}`)] = { entities: [org(300, 'NCTV', 'NCTV')], definitions: [nctvDefinition(100)] };
  const dForwards = Object.keys(defined).sort();
  const dBackwards = [...dForwards].reverse();

  it('Go to Definition on an acronym defined in many letters: the same places, the first letters by URI', () => {
    const answers = [dForwards, dBackwards].map(order => where(definitionAt(corpusOf(defined, order), u('m'), 31)?.places));
    assert.equal(answers[0].length, 20);
    assert.deepEqual(answers[0][0], 'd00@100');
    assert.deepEqual(answers[0][19], 'd19@100');
    assert.deepEqual(answers[1], answers[0]);
  });

  it('Go to Definition lists this letter\'s definition first, then the others by URI', () => {
    const withOwn: Record<string, Sketch> = { ...defined, [u('m')]: { entities: [org(30, 'NCTV', 'NCTV')], definitions: [nctvDefinition(100)] } };
    for (const order of [dForwards, dBackwards]) {
      const places = where(definitionAt(corpusOf(withOwn, order), u('m'), 31)?.places);
      assert.deepEqual(places.slice(0, 3), ['m@100', 'd00@100', 'd01@100'], order[0]);
    }
  });

  it('the hover of an acronym defined in many letters names the same letters elsewhere', () => {
    const hovers = [dForwards, dBackwards].map(order => hoverAt(corpusOf(defined, order), u('m'), 31)?.markdown ?? '');
    assert.match(hovers[0], /Defined elsewhere in the corpus: .*d00\.txt.*d04\.txt.* and in 25 more letters/);
    assert.equal(hovers[1], hovers[0]);
  });

  it('an organisation\'s workspace symbol: its definition, else its mention, in the first letter by URI', () => {
    const undefinedOrg: Record<string, Sketch> = {
      [u('c')]: { entities: [org(40, 'NCTV', 'NCTV')] },
      [u('n')]: { entities: [org(7, 'NCTV', 'NCTV')] },
    };
    for (const order of [[u('c'), u('n')], [u('n'), u('c')]]) {
      const symbol = workspaceSymbols(corpusOf(undefinedOrg, order), 'NCTV').find(s => s.kind === 'organisation');
      assert.deepEqual(symbol && where([symbol]), ['c@40'], order.join(' '));
    }
    for (const order of [mForwards, mBackwards]) {
      const symbol = workspaceSymbols(corpusOf(mentions, order), 'NCTV').find(s => s.kind === 'organisation');
      assert.deepEqual(symbol && where([symbol]), ['b@260'], order.join(' '));
    }
  });

  it('the ways an organisation is written, equally frequent, come in the same order (the hover\'s variants)', () => {
    const spelled: Record<string, Sketch> = {
      [u('p')]: { entities: [org(10, 'Nctv', 'NCTV')] },
      [u('q')]: { entities: [org(10, 'N.C.T.V.', 'NCTV')] },
      [u('r')]: { entities: [org(10, 'NCTV', 'NCTV'), org(50, 'NCTV', 'NCTV')] },
    };
    const orders = [[u('p'), u('q'), u('r')], [u('r'), u('q'), u('p')]];
    const variants = orders.map(order => corpusOf(spelled, order).variantsOf('NCTV'));
    assert.deepEqual(variants[0], ['NCTV', 'N.C.T.V.', 'Nctv']);
    assert.deepEqual(variants[1], variants[0]);
  });

  it('workspace symbols of more letters than are answered (500): the same letters, the first by URI', () => {
    const many: Record<string, Sketch> = {};
    for (let i = 0; i < 600; i++) many[u(`l${String(i).padStart(3, '0')}`)] = { dossier: '30000', number: String(i + 1) };
    const order = Object.keys(many).sort();
    const answers = [order, [...order].reverse()].map(o => workspaceSymbols(corpusOf(many, o), '').map(s => s.uri));
    assert.equal(answers[0].length, 500);
    assert.deepEqual(answers[0], order.slice(0, 500));
    assert.deepEqual(answers[1], answers[0]);
  });

  it('workspace symbols of more organisations than are answered: the same ones, the first by name', () => {
    const letters: Record<string, Sketch> = {};
    for (let i = 0; i < 60; i++) {
      const entities: AnyEntity[] = [];
      for (let j = 0; j < 10; j++) entities.push(org(10 + 10 * j, 'ORG', `TEXT:ORG${String(i * 10 + j).padStart(3, '0')}`));
      letters[u(`x${String(i).padStart(2, '0')}`)] = { entities };
    }
    const order = Object.keys(letters).sort();
    const answers = [order, [...order].reverse()].map(o => workspaceSymbols(corpusOf(letters, o), 'org').map(s => s.name));
    assert.equal(answers[0].length, 500);
    assert.deepEqual([...answers[0]].sort(), Array.from({ length: 500 }, (_, i) => `ORG${String(i).padStart(3, '0')}`));
    assert.deepEqual([...answers[1]].sort(), [...answers[0]].sort());
  });
});
