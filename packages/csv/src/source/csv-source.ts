import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTabularSource, type TabularSource } from './tabular-source.js';

/** CSV content held in memory, with the name that issues should quote. */
export interface CsvText {
  text: string;
  name?: string;
}

/** Something that yields a file's bytes or text, chunk by chunk. */
export type CsvChunkStream =
  | AsyncIterable<Uint8Array | string>
  | ReadableStream<Uint8Array | string>;

/**
 * Where CSV comes from: a file path (string or file URL), text in memory (`{ text }`),
 * bytes, a Node `Readable`, a web `ReadableStream` or any async iterable of chunks.
 * A bare string is always a path, never CSV text, so the two cannot be confused.
 */
export type CsvSource = string | URL | CsvText | Uint8Array | CsvChunkStream;

/**
 * The name issues use for a source: the file's base name, the declared name, or "CSV".
 * @example
 * sourceName('data/targets.csv'); // 'targets.csv'
 */
export function sourceName(source: CsvSource | TabularSource, declared?: string): string {
  if (declared !== undefined) return declared;
  if (isTabularSource(source)) return source.name;
  if (typeof source === 'string') return basename(source);
  if (source instanceof URL) return basename(fileURLToPath(source));
  if (isCsvText(source) && source.name !== undefined) return source.name;
  return 'CSV';
}

// One buffer and no stream machinery per read: a read stream's per-chunk Buffers and events
// were most of what a million-row import promoted to the old generation.
async function* readFile(path: string | URL): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(1 << 16);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

function isWebStream(source: object): source is ReadableStream<Uint8Array | string> {
  return typeof (source as { getReader?: unknown }).getReader === 'function';
}

function isCsvText(source: CsvSource): source is CsvText {
  return typeof source === 'object' && 'text' in source && typeof source.text === 'string';
}

/**
 * Opens a source as raw chunks without reading it whole. Files are read 64 KiB at a time into
 * one reused buffer: a chunk is valid until the next one is requested, so copy it to keep it.
 * @example
 * for await (const chunk of openChunks('targets.csv')) total += chunk.length;
 */
export async function* openChunks(source: CsvSource): AsyncGenerator<Uint8Array | string> {
  if (typeof source === 'string' || source instanceof URL) {
    yield* readFile(source);
  } else if (source instanceof Uint8Array) {
    yield source;
  } else if (isCsvText(source)) {
    yield source.text;
  } else if (!isWebStream(source)) {
    yield* source;
  } else {
    // Read web streams through their reader: not every runtime makes them async-iterable.
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
}
