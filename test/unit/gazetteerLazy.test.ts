// The server's main thread looks organisations up by id (diagnostics, hovers) while it indexes: that must not
// compile the gazetteer's matchers (~100 ms in one go, a request waiting behind it), which only analysis needs.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const gazetteer = join(__dirname, '..', '..', 'server', 'src', 'core', 'data', 'gazetteer.js');
const organisationInfo = join(__dirname, '..', '..', 'server', 'src', 'core', 'features', 'gazetteer.js');

/** Runs `body` in a fresh process, where no matcher has been compiled yet; prints JSON. */
function fresh(body: string): unknown {
  const script = `const g = require(${JSON.stringify(gazetteer)}); const f = require(${JSON.stringify(organisationInfo)}); ${body}`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

describe('the gazetteer compiles its matchers only for analysis', () => {
  it('a look-up by id, and an organisation\'s hover facts, compile none', () => {
    const r = fresh(`const id = g.loadGazetteer().entries.find(e => e.kind === 'party').id;
      const found = !!g.lookupOrganisation(id) && !!f.organisationInfo(id);
      console.log(JSON.stringify({ found, compiled: g.compiledMatchers() }));`) as { found: boolean; compiled: number };
    assert.deepEqual(r, { found: true, compiled: 0 });
  });

  it('the matchers are compiled once, when first asked for', () => {
    const r = fresh(`const a = g.loadGazetteer().matcher; const b = g.loadGazetteer().matcher;
      const same = a === b && a.match('de Nationaal Coördinator Terrorismebestrijding en Veiligheid').length === 1;
      console.log(JSON.stringify({ same, compiled: g.compiledMatchers() }));`) as { same: boolean; compiled: number };
    assert.deepEqual(r, { same: true, compiled: 1 });
  });
});
