// Definition on a letter's own footer, whole-dossier citations, Eerste Kamer numbers and organisation names as
// written: through the VS Code API, with the real server behind it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { basename, hoverText, Letters, locationRange, locationUri, openLetter, positionOf, serverReady } from './helpers';

/** 004's running footer: the letter naming itself (its self-citation). */
const FOOTER_251 = 'Tweede Kamer, vergaderjaar 2013–2014, 29 754, nr. 251';
const DOSSIER_34359 = 'Kamerstuk 34 359';
const DOSSIER_PAGE = 'https://zoek.officielebekendmakingen.nl/dossier/34359';

describe('Citation forms', function () {
  this.timeout(90_000);

  before(async () => {
    await serverReady();
  });

  describe('F12 on 004\'s own footer (29 754, nr. 251)', () => {
    let document: vscode.TextDocument;
    let position: vscode.Position;

    before(async () => {
      document = await openLetter(Letters.cited);
      // On "29 754" in the footer.
      position = positionOf(document, FOOTER_251, FOOTER_251.indexOf('29 754') + 2);
    });

    it('answers the footer itself, so VS Code runs Go to References instead, which lists 002', async () => {
      const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
        'vscode.executeDefinitionProvider', document.uri, position);
      assert.ok(locations && locations.length > 0, 'no definition on the letter\'s own footer');
      // Exactly one answer, in this letter, where the cursor is: VS Code's condition for its alternative command.
      assert.deepEqual(locations.map(location => basename(locationUri(location))), ['004_c51793f171952d9b.txt']);
      const range = locationRange(locations[0]);
      assert.ok(range.contains(position), `the definition ${JSON.stringify(range)} is not where the cursor is`);
      assert.match(document.getText(range), /29 754, nr\. 251/);
      // What Go to References then lists there: the letters citing 004, 002 among them.
      const references = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider', document.uri, position);
      const files = (references ?? []).map(location => basename(location.uri));
      assert.ok(files.includes('002_548ef68b162742fc.txt'), `references: ${files.join(', ')}`);
    });
  });

  describe(`"${DOSSIER_34359}" (a whole dossier) in 003`, () => {
    let document: vscode.TextDocument;
    let position: vscode.Position;

    before(async () => {
      document = await openLetter(Letters.withHeader);
      position = positionOf(document, DOSSIER_34359, 12);
    });

    it('links to the dossier\'s page on officielebekendmakingen.nl', async () => {
      const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri, 50);
      const link = (links ?? []).find(candidate => candidate.range.contains(position));
      assert.ok(link, `no link over ${DOSSIER_34359}; links: ${(links ?? []).map(l => document.getText(l.range)).join(' | ')}`);
      assert.equal(link.target?.toString(true), DOSSIER_PAGE);
      assert.equal(document.getText(link.range), DOSSIER_34359);
    });

    it('hovers with that page', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const text = hoverText(hovers ?? []);
      assert.match(text, /\*\*Kamerstuk 34 359\*\*/, `hover: ${text}`);
      assert.ok(text.includes(`(${DOSSIER_PAGE})`), `the hover has no link to the dossier's page: ${text}`);
    });
  });

  it('writes an Eerste Kamer letter without "nr." in hovers (36 999, B and A), a House letter with it', async () => {
    const senate = await openLetter(Letters.senate);
    const hoverOn = async (document: vscode.TextDocument, text: string, last = false) => {
      const index = last ? document.getText().lastIndexOf(text) : document.getText().indexOf(text);
      assert.ok(index >= 0, `"${text}" is not in ${document.uri.path}`);
      return hoverText((await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider', document.uri, document.positionAt(index + 2))) ?? []);
    };
    // Its citation of letter A (not in the workspace), then its own footer.
    const cited = await hoverOn(senate, '36 999, A');
    assert.match(cited, /^\*\*Kamerstuk 36 999, A\*\* · `kst-36999-A`/m, `hover: ${cited}`);
    const own = await hoverOn(senate, '36 999, B 1', true);
    assert.match(own, /^\*\*Kamerstuk 36 999, B\*\* · `kst-36999-B`/m, `hover: ${own}`);
    assert.match(own, /This letter: .*\*\*Kamerstuk 36 999, B\*\*/, `hover: ${own}`);
    for (const text of [cited, own]) assert.ok(!/36 999, nr\. [AB]\b/.test(text), `a Senate letter written with "nr.": ${text}`);
    // A House letter keeps its "nr." (001 cites Kamerstuk 32 317, nr. 322).
    const house = await hoverOn(await openLetter(Letters.unresolvedCitations), 'Kamerstuk 32 317, nr. 322');
    assert.match(house, /^\*\*Kamerstuk 32 317, nr\. 322\*\*/m, `hover: ${house}`);
  });

  it('writes an organisation hyphenated at a line end as one word in its hover (NCTV in 003)', async () => {
    const document = await openLetter(Letters.withHeader);
    // "Nationaal Coördinator Terrorismebe-⏎strijding en Veiligheid (NCTV)"
    const position = positionOf(document, 'Nationaal Coördinator Terrorismebe-', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers ?? []);
    assert.equal(text.split('\n')[0], '**Nationaal Coördinator Terrorismebestrijding en Veiligheid**', `hover: ${text}`);
    assert.ok(!/Terrorismebe\\?-\s/.test(text), `the hover shows the line-end hyphen: ${text}`);
    assert.match(text, /`NCTV`/, `not the NCTV: ${text}`);
  });
});
