// The seed articles, copied byte for byte into the repository and read as text by the test
// runner (Vite's `?raw`), so tests never read outside it.
import seed000 from './seeds/000.txt?raw';
import seed001 from './seeds/001.txt?raw';
import seed002 from './seeds/002.txt?raw';
import seed003 from './seeds/003.txt?raw';
import seed004 from './seeds/004.txt?raw';

export const SEEDS = { '000': seed000, '001': seed001, '002': seed002, '003': seed003, '004': seed004 };
