// The folder VS Code opens in the e2e runs: a copy of corpus/, letters outside corpus/ (one in Windows-1252) that a
// workspace setting names, a folder of letters no setting names yet, and an unrelated .txt file that must
// stay plain text.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EXTRA_INCLUDE = '**/letters/*.txt';

/**
 * An Eerste Kamer letter written for the tests (a made-up dossier, 36 999): the Senate numbers its stukken by
 * letters and cites them without "nr." ("36 999, B"). It cites the dossier's letter A, which is not in the workspace.
 */
export const SENATE_LETTER = 'brief-36999-B.txt';
const SENATE_LETTER_TEXT = [
  '',
  'Eerste Kamer der Staten-Generaal 1',
  'Vergaderjaar 2025–2026 ',
  '',
  '36 999 Testdossier voor de end-to-end-tests ',
  '',
  'B BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN ',
  'KONINKRIJKSRELATIES ',
  '',
  'Aan de Voorzitter van de Eerste Kamer der Staten-Generaal ',
  '',
  'Den Haag, 3 november 2025 ',
  '',
  'Deze brief is geschreven voor de tests van de extensie en staat in geen ',
  'enkel dossier. Hij vervolgt de eerdere brief in hetzelfde testdossier ',
  '(Kamerstukken I 2025/26, 36 999, A). ',
  '',
  'Eerste Kamer, vergaderjaar 2025–2026, 36 999, B 1',
  '',
].join('\n');

/**
 * A letter saved in Windows-1252 (Latin-1), not UTF-8, as old exports and some scanners write it: "één" and
 * "Coördinatie" are one byte per letter. Written for the tests.
 */
export const LATIN1_LETTER = 'brief-latin1.txt';
const LATIN1_LETTER_TEXT = [
  'Den Haag, 5 maart 2015 ',
  '',
  'Hierbij zend ik u één exemplaar van het rapport van de Nationaal ',
  'Coördinator Terrorismebestrijding en Veiligheid (NCTV), zoals toegezegd ',
  'in mijn brief van 12 februari jl. (Kamerstuk 30 977, nr. 998). ',
  '',
].join('\n');

export function prepareWorkspace(repoRoot: string, workspace: string): void {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'corpus'), path.join(workspace, 'corpus'), { recursive: true });

  fs.mkdirSync(path.join(workspace, 'letters'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'corpus', '003_a211609418273696.txt'), path.join(workspace, 'letters', 'brief-29754-421.txt'));
  fs.writeFileSync(path.join(workspace, 'letters', SENATE_LETTER), SENATE_LETTER_TEXT);
  fs.writeFileSync(path.join(workspace, 'letters', LATIN1_LETTER), Buffer.from(LATIN1_LETTER_TEXT, 'latin1'));

  // A folder of letters that no setting names: "Index Folder as Letters" makes it one (indexFolder.test.ts).
  fs.mkdirSync(path.join(workspace, 'brieven'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'corpus', '002_548ef68b162742fc.txt'), path.join(workspace, 'brieven', 'brief-over-jihadisme.txt'));

  fs.mkdirSync(path.join(workspace, 'notes'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'notes', 'unrelated.txt'),
    'Boodschappen: brood, kaas.\nZie ook Kamerstuk 99 999, nr. 1 (dit is geen brief).\n');

  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({
    'kamerstukken.files.include': ['**/corpus/**/*.txt', '**/*.kamerbrief', EXTRA_INCLUDE],
  }, null, 2) + '\n');
}
