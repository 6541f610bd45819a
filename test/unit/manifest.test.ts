// What package.json declares for VS Code must match what the server does: the per-code severity setting (its
// schema has additionalProperties false, so a code the server knows but the manifest does not list is flagged in
// the user's settings) and the semantic token scopes (a selector of a type or modifier no token has is dead).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/core/features/decorations';
import { DEFAULT_SEVERITY, RENAMED_CODES } from '../../server/src/core/features/settings';

const ROOT = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function setting(name: string): { default?: unknown; properties?: Record<string, { enum?: string[]; default?: unknown }>; additionalProperties?: unknown } {
  const sections = Array.isArray(pkg.contributes.configuration) ? pkg.contributes.configuration : [pkg.contributes.configuration];
  for (const section of sections) if (section.properties?.[name]) return section.properties[name];
  throw new Error(`package.json declares no setting ${name}`);
}

describe('package.json against the server', () => {
  it('kamerstukken.diagnostics.severity lists every diagnostic code, with the server\'s defaults', () => {
    const severity = setting('kamerstukken.diagnostics.severity');
    // Every code, and every former name the server still reads (declared, so that VS Code's settings editor shows it
    // as deprecated, not as unknown).
    assert.deepEqual(Object.keys(severity.properties ?? {}).sort(), [...Object.keys(DEFAULT_SEVERITY), ...RENAMED_CODES.keys()].sort());
    assert.deepEqual(severity.default, DEFAULT_SEVERITY);
    for (const [code, schema] of Object.entries(severity.properties ?? {})) {
      assert.deepEqual([...(schema.enum ?? [])].sort(), ['error', 'hint', 'information', 'off', 'warning'], code);
    }
    for (const [old, code] of RENAMED_CODES) {
      const schema = severity.properties?.[old] as { deprecationMessage?: string; default?: unknown };
      assert.match(schema.deprecationMessage ?? '', new RegExp(`Renamed ${code.replace('.', '\\.')}`), old);
      // No default of its own: the old name applies only where a user wrote it.
      assert.equal(schema.default, undefined, old);
    }
  });

  it('semantic token scopes name only token types and modifiers the server\'s legend has', () => {
    for (const { scopes } of pkg.contributes.semanticTokenScopes) {
      for (const selector of Object.keys(scopes)) {
        const [type, ...modifiers] = selector.split('.');
        assert.ok((TOKEN_TYPES as readonly string[]).includes(type), selector);
        for (const m of modifiers) assert.ok((TOKEN_MODIFIERS as readonly string[]).includes(m), selector);
      }
    }
  });
});
