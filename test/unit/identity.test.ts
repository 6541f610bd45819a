import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseLetter } from '../../server/src/core/analyse';

const dir = join(__dirname, '..', '..', '..', 'corpus');
const letter = (prefix: string) => readFileSync(join(dir, readdirSync(dir).find(f => f.startsWith(prefix))!), 'utf8');

describe('letter identity', () => {
  it('003: header, session, date line, title, type and signatory', () => {
    const id = analyseLetter(letter('003')).identity;
    assert.deepEqual([id.dossier, id.number, id.chamber, id.session, id.date, id.title], ['29754', '421', 'II', '2016-2017', '2017-06-19', 'Terrorismebestrijding']);
    assert.equal(id.type, 'Brief van de Minister van Veiligheid en Justitie');
    assert.ok(id.signatories.length >= 1);
  });
  it('004: footer identity and the signatory "De Minister van Veiligheid en Justitie, I.W. Opstelten"', () => {
    const id = analyseLetter(letter('004')).identity;
    assert.deepEqual([id.dossier, id.number, id.session, id.date], ['29754', '251', '2013-2014', null]);
    assert.deepEqual(id.signatories.map(s => [s.role, s.name]), [['De Minister van Veiligheid en Justitie', 'I.W. Opstelten']]);
  });
  it('000: only a date line', () => {
    const id = analyseLetter(letter('000')).identity;
    assert.deepEqual([id.dossier, id.number, id.date], [null, null, '2015-01-14']);
  });
  it('a file name like kst-29754-327.txt supplies what the text lacks', () => {
    const id = analyseLetter('Geachte voorzitter,\n', { path: '/x/kst-21501-02-1458.txt' }).identity;
    assert.deepEqual([id.dossier, id.suffix, id.number, id.sources.number], ['21501', '02', '1458', 'file-name']);
  });
  it('the "Datum" field of a rijksoverheid letterhead dates the letter', () => {
    const id = analyseLetter('Aan de Voorzitter van de Tweede Kamer\nDatum 3 maart 2020\nBetreft Voortgang\n\nGeachte voorzitter,\n').identity;
    assert.deepEqual([id.date, id.sources.date], ['2020-03-03', 'date-line']);
  });
});
