// UI checks in the real workbench, as a person would do them: open a letter, put the cursor on a
// reference, read the hover, press F12, open the Problems panel. Each step leaves a screenshot.
// Called by scripts/e2e/run.mjs once the API suite is done, with a page already on the workbench.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

// The callbacks of waitForFunction run in the page. The project compiles without the DOM library,
// so the little of it they use is declared here, for this module only.
type PageElement = { innerText: string; textContent: string | null; offsetParent: unknown };
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
};

export interface UiCheck {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

interface Options {
  workspace: string;
  screenshots: string;
}

const CITING = '002_548ef68b162742fc.txt';
const CITED = '004_c51793f171952d9b.txt';
const UNRESOLVED = '001_3db4abffb7247bac.txt';
const CITATION = 'Kamerstuk 29 754, nr. 251';
/** 004's running footer: the letter naming itself. */
const FOOTER = 'Tweede Kamer, vergaderjaar 2013–2014, 29 754, nr. 251';
/** The Eerste Kamer letter 36 999, B, written for the tests (test/e2e/workspace.ts). */
const SENATE = 'brief-36999-B.txt';

/** 1-based line and column of `text` (plus `offset` characters) in a workspace file. */
function lineColumn(file: string, text: string, offset: number): { line: number; column: number } {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex(line => line.includes(text));
  if (index < 0) throw new Error(`"${text}" not found in ${file}`);
  return { line: index + 1, column: lines[index].indexOf(text) + offset + 1 };
}

async function quickInput(page: Page, prefix: string, text: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget input.input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(prefix + text);
  // The list follows the input with a short delay; Enter picks the first match.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

async function runCommand(page: Page, title: string): Promise<void> {
  await quickInput(page, '>', title);
}

async function openFile(page: Page, name: string): Promise<void> {
  await quickInput(page, '', name);
  await activeTabIs(page, name, 15_000);
  await focusActiveEditor(page);
}

/**
 * Puts the keyboard focus in the active editor. By keyboard, not a mouse click: a click on the
 * editor can land on whatever overlay is passing over it at that moment (CI once saw "<html>
 * intercepts pointer events" for 30 s), while the focus command has nothing to hit.
 */
async function focusActiveEditor(page: Page): Promise<void> {
  const focused = () => page.waitForFunction(
    () => document.querySelector('.editor-group-container.active .monaco-editor.focused') !== null,
    null, { timeout: 3_000, polling: 100 }).then(() => true, () => false);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await focused()) return;
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Focus Active Editor Group');
  }
  if (!(await focused())) throw new Error('the active editor does not take the keyboard focus');
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await quickInput(page, ':', `${line}:${column}`);
}

async function activeTabText(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .tab.active').first().textContent()) ?? '';
}

async function activeTabIs(page: Page, name: string, timeout: number): Promise<void> {
  await page.waitForFunction(
    expected => document.querySelector('.editor-group-container.active .tab.active')?.textContent?.includes(expected),
    name, { timeout, polling: 200 });
}

/** Text of the visible hover widget once it contains `expected` (the server's answer, not just the grammar's). */
async function hoverTextContaining(page: Page, expected: RegExp, timeout: number): Promise<string> {
  const handle = await page.waitForFunction(source => {
    const pattern = new RegExp(source);
    const hovers = [...document.querySelectorAll('.monaco-hover')].filter(el => el.offsetParent !== null);
    const text = hovers.map(el => el.innerText).join('\n');
    return pattern.test(text) ? text : null;
  }, expected.source, { timeout, polling: 250 });
  return (await handle.jsonValue()) as string;
}

/**
 * Closes every editor, not keeping unsaved changes. A freshly (re)loaded workbench may still be restoring editors
 * when the command runs: ask again until no tab is left, and it stays so for a moment.
 */
export async function closeAllEditors(page: Page): Promise<void> {
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" }).first();
  const noTabs = () => page.waitForFunction(() => document.querySelectorAll('.editor-group-container .tab').length === 0,
    null, { timeout: 5_000 }).then(() => true, () => false);
  for (let attempt = 0; attempt < 4; attempt++) {
    await runCommand(page, 'View: Close All Editors');
    // An editor with unsaved changes asks first; what the API suite left unsaved is not kept.
    for (let i = 0; i < 5; i++) {
      const asked = await dontSave.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false);
      if (!asked) break;
      await dontSave.click();
    }
    // Still none a second later: a restore that was under way would have shown its tabs by then.
    if (await noTabs()) {
      await page.waitForTimeout(1_000);
      if (await noTabs()) return;
    }
  }
  throw new Error('editors are still open after four "Close All Editors"');
}

export async function runUiChecks(page: Page, options: Options, report: (check: UiCheck) => void): Promise<void> {
  let index = 0;
  const step = async (title: string, action: () => Promise<void>): Promise<boolean> => {
    const started = Date.now();
    let error: unknown;
    try {
      await action();
    } catch (caught) {
      error = caught;
    }
    const file = path.join(options.screenshots, `${String(++index).padStart(2, '0')}-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    const check: UiCheck = { title, state: error ? 'failed' : 'passed', durationMs: Date.now() - started };
    if (error) check.error = `${error instanceof Error ? error.message : String(error)}\nscreenshot: ${file}`;
    report(check);
    return !error;
  };

  const citing = path.join(options.workspace, 'corpus', CITING);
  const at = lineColumn(citing, CITATION, 12);

  await step('close the editors the API suite left open', () => closeAllEditors(page));

  const opened = await step(`open ${CITING} with quick open`, async () => {
    await openFile(page, CITING);
    const language = (await page.locator('.statusbar-item[id="status.editor.mode"]').first().textContent({ timeout: 10_000 })) ?? '';
    if (!/kamerbrief/i.test(language)) throw new Error(`status bar language is "${language.trim()}", not Kamerbrief`);
  });

  await step('the status bar shows the letters the server indexed', async () => {
    // The workspace has 8 letters the settings name (corpus/ and letters/, the Windows-1252 letter among them), and
    // 9 once the API suite indexed brieven/. The count is the server's: the client's own file count says "found" in
    // its tooltip.
    const item = page.locator('.statusbar-item').filter({ hasText: /^\s*\d+ letters\s*$/ }).first();
    await item.waitFor({ state: 'visible', timeout: 20_000 });
    const count = Number(/\d+/.exec((await item.textContent()) ?? '')?.[0]);
    if (!(count >= 8 && count <= 9)) throw new Error(`the status bar shows ${count} letters, not 8 or 9`);
    const label = (await item.getAttribute('aria-label')) ?? '';
    if (/found/.test(label)) throw new Error(`the status bar still shows the client's own count: "${label}"`);
  });

  const onCitation = opened && await step(`put the cursor on "${CITATION}" (line ${at.line}, column ${at.column})`, async () => {
    await goTo(page, at.line, at.column);
    const selection = (await page.locator('.statusbar-item[id="status.editor.selection"]').first().textContent()) ?? '';
    if (!selection.includes(`${at.line}`)) throw new Error(`cursor status is "${selection}"`);
  });

  await step('the TextMate grammar scopes the reference (Inspect Editor Tokens)', async () => {
    if (!onCitation) throw new Error('the cursor is not on the citation');
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await widget.innerText()) ?? '';
    // The widget stays open for this step's screenshot; the next step closes it.
    if (!text.includes('markup.underline.link.kamerstuk.kamerbrief')) throw new Error(`token scopes: ${text.replace(/\s+/g, ' ').slice(0, 400)}`);
  });

  await step(`hover over "${CITATION}" shows the cited letter`, async () => {
    if (!onCitation) throw new Error('the cursor is not on the citation');
    // The editor may first show the document link's own tooltip ("Follow link"); ask again until the
    // server's hover with the cited letter is the one on screen.
    const citedLetter = /004_c51793f171952d9b|vergaderjaar 2013[-–/]2014/;
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press('Escape');
      await runCommand(page, 'Show or Focus Hover');
      try {
        await hoverTextContaining(page, citedLetter, 8_000);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    const shown = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map(el => (el as unknown as { innerText: string }).innerText).join('\n'));
    throw new Error(`the hover does not show the cited letter: ${shown || String(lastError)}`);
  });

  await step(`F12 opens the cited letter ${CITED}`, async () => {
    if (!onCitation) throw new Error('the cursor is not on the citation');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F12');
    await activeTabIs(page, CITED, 15_000).catch(async () => {
      throw new Error(`active tab is "${(await activeTabText(page)).trim()}"`);
    });
  });

  await step(`the Problems panel lists the unresolved references of ${UNRESOLVED}`, async () => {
    await openFile(page, UNRESOLVED);
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForFunction(
      name => {
        const text = document.querySelector('.markers-panel')?.innerText ?? '';
        return text.includes(name) && /reference\.unresolved/.test(text);
      }, UNRESOLVED, { timeout: 20_000, polling: 250 }).catch(async () => {
      throw new Error(`Problems panel: ${(await panel.innerText()).replace(/\s+/g, ' ').slice(0, 500)}`);
    });
  });

  await step('the Kamerstukken panel lists dossier 29 754; its nr. 251 opens ' + CITED, async () => {
    await page.keyboard.press('Escape');
    await runCommand(page, 'Focus on Kamerstukken View');
    // Rows of this panel only: the Problems panel lists "Kamerstuk 29 754, …" too.
    const panel = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Kamerstukken/ }) });
    const row = (label: string) => panel.locator('.monaco-list-row', { hasText: label }).first();
    await row('29 754').waitFor({ state: 'visible', timeout: 20_000 });
    await row('29 754').click();
    await row('nr. 251').waitFor({ state: 'visible', timeout: 10_000 });
    await row('nr. 251').click();
    await activeTabIs(page, CITED, 15_000).catch(async () => {
      throw new Error(`active tab is "${(await activeTabText(page)).trim()}"`);
    });
  });

  const footer = lineColumn(path.join(options.workspace, 'corpus', CITED), FOOTER, FOOTER.indexOf('29 754') + 2);
  await step(`F12 on the footer of ${CITED} (line ${footer.line}) opens the references peek, listing ${CITING}`, async () => {
    await page.keyboard.press('Escape');
    await openFile(page, CITED);
    await goTo(page, footer.line, footer.column);
    await page.keyboard.press('F12');
    // The definition is where the cursor is, so VS Code runs Go to References: a peek in this editor.
    await page.waitForFunction(
      name => [...document.querySelectorAll('.reference-zone-widget')].some(el => el.offsetParent !== null && el.innerText.includes(name)),
      CITING, { timeout: 15_000, polling: 250 }).catch(async () => {
      const shown = await page.evaluate(() => [...document.querySelectorAll('.reference-zone-widget, .peekview-widget')]
        .map(el => (el as unknown as { innerText: string }).innerText).join(' | '));
      throw new Error(`no references peek listing ${CITING}; peek: "${shown.replace(/\s+/g, ' ').slice(0, 400)}", active tab "${(await activeTabText(page)).trim()}"`);
    });
    // F12 stayed in 004: it opened no other letter.
    const tab = (await activeTabText(page)).trim();
    if (!tab.includes(CITED)) throw new Error(`active tab is "${tab}"`);
    // The peek stays open for this step's screenshot.
  });

  await step(`the Kamerstukken panel lists the Eerste Kamer letter ${SENATE} as "B", without "nr."`, async () => {
    await page.keyboard.press('Escape');
    await runCommand(page, 'Focus on Kamerstukken View');
    const panel = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*Kamerstukken/ }) });
    // The panel is short: the dossier 29 754 that the step before opened is closed again, so that 36 999 and
    // its letter are in view.
    const dossier29754 = panel.locator('.monaco-list-row', { hasText: '29 754' }).first();
    await dossier29754.waitFor({ state: 'visible', timeout: 20_000 });
    if (await dossier29754.getAttribute('aria-expanded') === 'true') await dossier29754.click();
    const dossier = panel.locator('.monaco-list-row', { hasText: '36 999' }).first();
    await dossier.waitFor({ state: 'visible', timeout: 20_000 });
    if (await dossier.getAttribute('aria-expanded') !== 'true') await dossier.click();
    const letter = panel.locator('.monaco-list-row', { hasText: SENATE }).first();
    await letter.waitFor({ state: 'visible', timeout: 10_000 });
    const label = ((await letter.locator('.label-name').first().textContent()) ?? '').trim();
    if (label !== 'B') throw new Error(`the letter's label is "${label}", not "B" (row: "${(await letter.innerText()).replace(/\s+/g, ' ')}")`);
  });

  const laterWords = 'de eerdere brief';
  const senateFile = path.join(options.workspace, 'letters', SENATE);
  await step(`"Mark Selection as Reference to a Kamerstuk…" on "${laterWords}" in ${SENATE}: pick 36 999, A from the list; the hover then cites it`, async () => {
    await page.keyboard.press('Escape');
    await openFile(page, SENATE);
    const words = lineColumn(senateFile, laterWords, 0);
    await goTo(page, words.line, words.column);
    for (let i = 0; i < laterWords.length; i++) await page.keyboard.press('Shift+ArrowRight');
    // The command palette, then the command's own pick list in the same widget: no wait for the palette to close.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input[type="text"], .quick-input-widget input.input').first();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Kamerstukken: Mark Selection as Reference');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Mark Selection as Reference' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      expected => (document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? '').includes(expected),
      `Mark “${laterWords}” as reference`, { timeout: 15_000, polling: 200 }).catch(async () => {
      throw new Error(`no pick list titled for the selection; the widget shows "${((await page.locator('.quick-input-widget').first().innerText().catch(() => '')) ?? '').replace(/\s+/g, ' ').slice(0, 300)}"`);
    });
    // The Senate letter cites A without the workspace holding it: the list offers it among the cited stukken.
    await input.fill('36 999, A');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '36 999, A' }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      throw new Error(`36 999, A is not in the list: "${(await page.locator('.quick-input-list').first().innerText()).replace(/\s+/g, ' ').slice(0, 300)}"`);
    });
    const first = (await page.locator('.quick-input-list .monaco-list-row').first().innerText()).replace(/\s+/g, ' ');
    if (!first.includes('36 999, A')) throw new Error(`the first row is "${first}", not 36 999, A`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    // The annotation is the server's now: the marked words hover as a reference to A.
    await goTo(page, words.line, words.column + 4);
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      await page.keyboard.press('Escape');
      await runCommand(page, 'Show or Focus Hover');
      try {
        await hoverTextContaining(page, /User annotation: cites kst-36999-A/, 8_000);
        return;
      } catch (error) {
        lastError = error;
      }
    }
    throw new Error(`the hover on the marked words does not cite 36 999, A: ${String(lastError)}`);
  });

  await step(`typing a citation of ${CITED} in ${UNRESOLVED}, beside it, updates ${CITED}'s code lens; deleting it takes it back`, async () => {
    const typed = 'Zie Kamerstuk 29 754, nr. 251. ';
    // code-server saves edits after a second (files.autoSave is afterDelay on the web): a failed attempt before
    // this one may have left the citation in the file.
    const unresolvedFile = path.join(options.workspace, 'corpus', UNRESOLVED);
    const onDisk = fs.readFileSync(unresolvedFile, 'utf8');
    if (onDisk.includes(typed)) fs.writeFileSync(unresolvedFile, onDisk.split(typed).join(''));
    await page.keyboard.press('Escape');
    await closeAllEditors(page);
    await openFile(page, CITED);
    // The lens of the letter on the left, which is not edited: VS Code asks for it again only when told to.
    const citedLens = page.locator('.editor-group-container').first().locator('.codelens-decoration', { hasText: /cited by \d+ letters? · cites/ }).first();
    await citedLens.waitFor({ state: 'visible', timeout: 20_000 });
    // VS Code first shows the lens it cached when the letter was last open (the workspace then may have had
    // another letter citing 004), then the server's: the count is read once it holds still.
    const countNow = async () => Number(/cited by (\d+)/.exec((await citedLens.textContent()) ?? '')?.[1]);
    let before = await countNow();
    for (let settled = 0; settled < 2;) {
      await page.waitForTimeout(750);
      const now = await countNow();
      settled = now === before ? settled + 1 : 0;
      before = now;
    }
    const lensShows = (n: number, when: string) => page.waitForFunction(
      expected => new RegExp(`cited by ${expected} letters? · cites`).test(
        (document.querySelector('.editor-group-container .codelens-decoration') as unknown as { innerText: string } | null)?.innerText ?? ''),
      n, { timeout: 15_000, polling: 250 }).catch(async () => {
      throw new Error(`${when}, the lens of ${CITED} says "${(await citedLens.textContent())?.trim()}", not cited by ${n} (${before} before)`);
    });
    await runCommand(page, 'View: Split Editor Right');
    await openFile(page, UNRESOLVED);
    await goTo(page, 1, 1);
    await page.keyboard.type(typed);
    await lensShows(before + 1, 'after typing the citation');
    await goTo(page, 1, 1);
    for (let i = 0; i < typed.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    await lensShows(before, 'after deleting it');
    await closeAllEditors(page);
  });
}
