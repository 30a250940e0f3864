import { Open } from 'unzipper';

/** One part of a workbook's zip, read on demand. */
export interface ZipPart {
  path: string;
  buffer(): Promise<Buffer>;
  stream(): NodeJS.ReadableStream;
}

/**
 * The parts of a zip, found through its central directory, so each part is read on its own and
 * in any order; a file is read by ranges, never whole.
 * @example
 * const parts = await zipParts('targets.xlsx');
 * const xml = (await parts.get('xl/workbook.xml')?.buffer())?.toString('utf8');
 */
export async function zipParts(source: string | Uint8Array): Promise<Map<string, ZipPart>> {
  const dir =
    typeof source === 'string'
      ? await Open.file(source)
      : await Open.buffer(Buffer.from(source.buffer, source.byteOffset, source.byteLength));
  return new Map(dir.files.map((f) => [f.path, f as unknown as ZipPart]));
}
