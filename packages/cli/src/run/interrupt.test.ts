import { describe, expect, it } from 'vitest';
import { capture } from '../__fixtures__/run-cli.js';
import { interruptHandler } from './interrupt.js';

function setup(argv: string[], listening: boolean) {
  const controller = new AbortController();
  const stderr = capture(true);
  const exits: number[] = [];
  const handle = interruptHandler({
    controller,
    listening: () => listening,
    argv,
    stderr,
    exit: (code) => exits.push(code),
  });
  return { controller, stderr, exits, handle };
}

describe('Ctrl-C', () => {
  it('ends a command that does not listen at once: line cleared, nothing written, exit 130', () => {
    const { stderr, exits, handle } = setup(['report', '--targets', 't.csv'], false);
    handle('SIGINT');
    expect(exits).toEqual([130]);
    expect(stderr.text).toBe('\r\x1b[KĐã dừng theo yêu cầu (Ctrl-C): không ghi gì.\n');
  });

  it('speaks the language of --lang', () => {
    const { stderr, handle } = setup(['report', '--lang', 'en'], false);
    handle('SIGINT');
    expect(stderr.text).toContain('Stopped on request (Ctrl-C): nothing was written.');
    expect(stderr.text).not.toContain('Đã dừng');
  });

  it('asks a listening command to stop, and ends it at the second Ctrl-C', () => {
    const { controller, stderr, exits, handle } = setup(['import', '--lang=en'], true);
    handle('SIGINT');
    expect(controller.signal.aborted).toBe(true);
    expect(exits).toEqual([]);
    expect(stderr.text).toBe('');
    handle('SIGINT');
    expect(exits).toEqual([130]);
  });

  it('exits 143 on SIGTERM', () => {
    const { exits, handle } = setup(['report'], false);
    handle('SIGTERM');
    expect(exits).toEqual([143]);
  });
});
