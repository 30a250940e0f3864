const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /[ \t\u00a0\n]/u;

/**
 * The words right before `at`, nearest last, lower case, with the offset where the first of
 * them starts; only spaces may separate them. Reading backwards a word at a time is what keeps
 * a check of "the word before this number" cheap on long texts.
 * @example
 * wordsBefore('đã chọn cử 139', 11, 3); // { words: ['đã', 'chọn', 'cử'], starts: [0, 3, 8] }
 */
export function wordsBefore(
  text: string,
  at: number,
  count: number,
): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let i = at;
  while (words.length < count) {
    let j = i;
    while (j > 0 && SPACE.test(text[j - 1] ?? '')) j -= 1;
    if (j === i && words.length > 0) break;
    let k = j;
    while (k > 0 && LETTER.test(text[k - 1] ?? '')) k -= 1;
    if (k === j) break;
    words.unshift(text.slice(k, j).toLocaleLowerCase('vi'));
    starts.unshift(k);
    i = k;
  }
  return { words, starts };
}

/**
 * The longest run of the last one to `max` words before `at` that is in `phrases`, with where
 * it starts; null when none is.
 * @example
 * phraseBefore('đã chọn cử 139', 11, new Set(['cử', 'chọn cử']), 2); // { phrase: 'chọn cử', start: 3 }
 */
export function phraseBefore(
  text: string,
  at: number,
  phrases: ReadonlySet<string>,
  max: number,
): { phrase: string; start: number } | null {
  const { words, starts } = wordsBefore(text, at, max);
  for (let n = Math.min(max, words.length); n >= 1; n -= 1) {
    const phrase = words.slice(words.length - n).join(' ');
    const start = starts[words.length - n];
    if (phrases.has(phrase) && start !== undefined) return { phrase, start };
  }
  return null;
}
