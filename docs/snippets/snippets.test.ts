import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSnippets, type Snippet } from './extract-snippets.js';

// Every ```ts block of the README and the docs compiles under `strict` against the workspace
// packages' sources, as an application that installed them would write it.
const root = resolve(import.meta.dirname, '../..');
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const snippets: Snippet[] = files.flatMap((f) =>
  extractSnippets(f, readFileSync(join(root, f), 'utf8')),
);

// Each snippet is its own module (`export {}`), so two blocks may declare the same names.
const fileOf = (n: number) => join(root, 'docs', 'snippets', `__snippet_${n}.ts`);
const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ['source'],
  types: ['node'],
  skipLibCheck: true,
  // The workspace packages from source; third-party ones (hono, express…) from pnpm's store.
  paths: {
    '@cadre/core/adapter': [join(root, 'packages/core/src/adapter.ts')],
    '@cadre/*': [join(root, 'packages/*/src/index.ts')],
    '*': [join(root, 'node_modules/.pnpm/node_modules/*')],
  },
};

describe('TypeScript snippets in README.md and docs/*.md', () => {
  const errors = new Map<number, string[]>();
  beforeAll(() => {
    const host = ts.createCompilerHost(options);
    const texts = new Map(snippets.map((s, n) => [fileOf(n), `${s.code}\nexport {};\n`]));
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (f) => texts.get(f) ?? readFile(f);
    host.fileExists = (f) => texts.has(f) || fileExists(f);
    host.getSourceFile = (f, lang, ...rest) => {
      const text = texts.get(f);
      return text === undefined
        ? getSourceFile(f, lang, ...rest)
        : ts.createSourceFile(f, text, lang, true);
    };
    const program = ts.createProgram([...texts.keys()], options, host);
    // The whole check runs once here (it reads the packages' sources), then each case reads it.
    for (const n of snippets.keys()) {
      const file = program.getSourceFile(fileOf(n));
      errors.set(
        n,
        [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
          (d) => {
            const at =
              d.file && d.start !== undefined
                ? d.file.getLineAndCharacterOfPosition(d.start)
                : undefined;
            const line = at === undefined ? '' : `line ${at.line + 1}: `;
            return `${line}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
          },
        ),
      );
    }
  }, 300_000);

  it('finds the README example', () => {
    expect(snippets.some((s) => s.where.startsWith('README.md'))).toBe(true);
  });

  it.each(snippets.map((s, n) => [s.where, n] as const))('%s compiles', (_where, n) => {
    expect(errors.get(n)).toEqual([]);
  });
});
