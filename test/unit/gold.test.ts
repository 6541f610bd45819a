// The recognition quality the issue asks for, held on the seed letters against the hand-checked gold.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';
import { score, formatScore, type Gold, type Prediction } from '../../server/src/cli/score';

const ROOT = join(__dirname, '..', '..', '..');
const corpus = join(ROOT, 'corpus');
const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'test', 'data', 'gold-seeds.json'), 'utf8'));

describe('seed letters against the gold annotation', function () {
  const prediction: Prediction = {
    documents: readdirSync(corpus).filter(f => f.endsWith('.txt')).sort().map(f => {
      const text = readFileSync(join(corpus, f), 'utf8');
      const a = analyseLetter(text, { path: join('corpus', f) });
      return { path: join('corpus', f), identity: { ...a.identity }, entities: a.entities.map(e => ({ kind: e.kind, start: e.start, end: e.end, text: e.text, value: e.value as unknown as Record<string, unknown> })) };
    }),
  };
  const result = score(gold, prediction);
  const kind = (k: string) => result.kinds.find(s => s.kind === k)!;
  after(() => process.stdout.write(formatScore(result, false).replace(/^/gm, '      ')));

  for (const k of ['kamerstuk', 'handelingen', 'aanhangsel']) {
    it(`${k}: exact F1 ≥ 97%`, () => assert.ok(kind(k).f1 >= 0.97, `${k} F1 ${(kind(k).f1 * 100).toFixed(1)}%`));
  }
  for (const k of ['organisation', 'date']) {
    it(`${k}: exact F1 ≥ 93%`, () => assert.ok(kind(k).f1 >= 0.93, `${k} F1 ${(kind(k).f1 * 100).toFixed(1)}%`));
  }
  it('value accuracy ≥ 97% on every kind', () => {
    for (const k of result.kinds) if (k.valueAccuracy !== null) assert.ok(k.valueAccuracy >= 0.97, `${k.kind} value accuracy ${(k.valueAccuracy * 100).toFixed(1)}%`);
  });
  it('identity fields 11/11', () => {
    assert.equal(result.identity.checked, 11);
    assert.deepEqual(result.identity.wrong, []);
  });
  it('every entity text is the original slice, and entities of one kind never overlap', () => {
    for (const d of prediction.documents) {
      const text = readFileSync(join(ROOT, d.path), 'utf8');
      const sorted = [...d.entities].sort((a, b) => a.start - b.start);
      for (const e of sorted) assert.equal(text.slice(e.start, e.end), e.text);
      for (const k of new Set(sorted.map(e => e.kind))) {
        const ofKind = sorted.filter(e => e.kind === k);
        for (let i = 1; i < ofKind.length; i++) assert.ok(ofKind[i - 1].end <= ofKind[i].start, `${d.path}: ${k} overlap at ${ofKind[i].start}`);
      }
    }
  });
});
