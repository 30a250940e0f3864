// The part of unzipper (a dependency of exceljs) this package uses: a zip's central directory,
// each entry read on its own.
declare module 'unzipper' {
  interface Entry {
    path: string;
    buffer(): Promise<Buffer>;
    stream(): NodeJS.ReadableStream;
  }
  interface Directory {
    files: Entry[];
  }
  export const Open: {
    file(path: string): Promise<Directory>;
    buffer(data: Buffer): Promise<Directory>;
  };
}
