/** One TypeScript code block of a Markdown file. */
export interface Snippet {
  /** `README.md:12`: the file and the line of the opening fence. */
  where: string;
  code: string;
}

// A fence that opens a TypeScript block; its info string may carry more words (`ts fragment`).
const OPEN = /^```(ts|typescript)(\s+.*)?$/;

/**
 * The ```ts blocks of a Markdown text that are meant to compile on their own. A block whose info
 * string says `fragment` (```ts fragment) is a piece of a larger program and is left out.
 * @example
 * extractSnippets('README.md', '```ts\nconst a = 1;\n```'); // [{ where: 'README.md:1', code: 'const a = 1;\n' }]
 */
export function extractSnippets(file: string, markdown: string): Snippet[] {
  const lines = markdown.split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]?.trim() ?? '');
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]?.trim() !== '```'; i++) body.push(lines[i] ?? '');
    if (/\bfragment\b/.test(open[2] ?? '')) continue;
    out.push({ where: `${file}:${start + 1}`, code: `${body.join('\n')}\n` });
  }
  return out;
}
