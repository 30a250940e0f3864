// Vite's `?raw` suffix imports a file's text; fixtures only.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
