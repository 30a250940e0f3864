import { createReadStream } from 'node:fs';

/**
 * A file's bytes as an async iterable that reports how many have been read, so a progress bar
 * can follow a reader that consumes the file at its own pace.
 * @example
 * const source = countingSource('actuals.csv', (n) => (progress.bytes += n));
 * readActualsCsv(source, { fileName: 'actuals.csv' });
 */
export async function* countingSource(
  path: string,
  onBytes: (count: number) => void,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    onBytes((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}
