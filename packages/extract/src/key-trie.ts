/**
 * The lexicon's lower-cased keys as a character trie, walked by the lexicon scan one token's
 * characters at a time. The scan asks, for each token and the tokens after it, whether the words
 * so far open some name of the lexicon: as strings, each question built a new string, hashed it
 * whole and looked it up in a set of 19,000 prefixes (some 200 ns here, for 40% of a paper's
 * tokens). A walk goes on from the node the previous token ended at and reads each character once.
 *
 * Nodes are numbers; a node's children lie side by side in two typed arrays (their characters and
 * their nodes), so a step is a short scan of a few code units.
 */
export interface KeyTrie {
  /**
   * By node, four numbers side by side (one cache line holds them): where its children start in
   * `children`, how many it has, where its row of ASCII children starts in `asciiRows` (-1 but for
   * a node with many children), and its PREFIX and KEY bits with, above them, the character
   * that leads to it from its parent.
   */
  readonly nodes: Int32Array;
  /** Each child as two numbers, its character and its node; a node's children side by side. */
  readonly children: Int32Array;
  /** Rows of 128 child nodes by ASCII code, NO_NODE where there is none. */
  readonly asciiRows: Int32Array;
}

// The fields of a node in `nodes`.
const STRIDE = 4;
const FIRST = 0;
const COUNT = 1;
const ROW = 2;
const MARKS = 3;
// Where a node's own character sits in its MARKS field, above PREFIX and KEY.
const CODE_SHIFT = 8;

export const TRIE_ROOT = 0;
/** No node: the string leads nowhere in the trie. */
export const NO_NODE = -1;
/** The node's string is one of the prefixes the trie was built with. */
export const PREFIX = 1;
/** The node's string is one of the keys the trie was built with. */
export const KEY = 2;

/** A trie of `prefixes` (marked PREFIX) and `keys` (marked KEY); a string may be both. */
export function createKeyTrie(prefixes: Iterable<string>, keys: Iterable<string>): KeyTrie {
  const marks = new Map<string, number>();
  for (const prefix of prefixes) marks.set(prefix, PREFIX);
  for (const key of keys) marks.set(key, (marks.get(key) ?? 0) | KEY);
  // In code-unit order, each string shares a path with the one before it up to their common prefix:
  // the nodes are made depth first, so a node's later children and a name's rest come right after it.
  const texts = [...marks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const parents: number[] = [NO_NODE];
  const codes: number[] = [0];
  const nodeMarks: number[] = [0];
  const path: number[] = [TRIE_ROOT];
  let previous = "";
  for (const text of texts) {
    let shared = 0;
    while (shared < previous.length && shared < text.length && previous.charCodeAt(shared) === text.charCodeAt(shared)) shared++;
    path.length = shared + 1;
    for (let k = shared; k < text.length; k++) {
      path.push(parents.length);
      parents.push(path[k]!);
      codes.push(text.charCodeAt(k));
      nodeMarks.push(0);
    }
    nodeMarks[path[text.length]!]! |= marks.get(text)!;
    previous = text;
  }
  return flatten(parents, codes, nodeMarks);
}

// A node with more children than this gets a row by ASCII code: the root and the nodes of the first
// letters have 20-43, which a scan would compare one by one for nearly every token.
const ROW_AFTER = 8;

/** The nodes as arrays, from each node's parent, the character that leads to it, and its marks (nodes in depth-first order). */
function flatten(parents: readonly number[], codes: readonly number[], marks: readonly number[]): KeyTrie {
  const count = parents.length;
  const childCounts = new Int32Array(count);
  for (let node = 1; node < count; node++) childCounts[parents[node]!]!++;
  const nodes = new Int32Array(count * STRIDE);
  let rows = 0;
  let written = 0;
  for (let node = 0; node < count; node++) {
    const at = node * STRIDE;
    nodes[at + FIRST] = written;
    nodes[at + COUNT] = childCounts[node]!;
    nodes[at + ROW] = childCounts[node]! > ROW_AFTER ? 128 * rows++ : -1;
    nodes[at + MARKS] = marks[node]! | (codes[node]! << CODE_SHIFT);
    written += 2 * childCounts[node]!;
  }
  const children = new Int32Array(written);
  const asciiRows = new Int32Array(128 * rows).fill(NO_NODE);
  // Children in the order they were made (by character), each after its elder siblings.
  const filled = new Int32Array(count);
  for (let node = 1; node < count; node++) {
    const parent = parents[node]!;
    const at = parent * STRIDE;
    const slot = nodes[at + FIRST]! + 2 * filled[parent]!++;
    children[slot] = codes[node]!;
    children[slot + 1] = node;
    if (nodes[at + ROW]! >= 0 && codes[node]! < 128) asciiRows[nodes[at + ROW]! + codes[node]!] = node;
  }
  return { nodes, children, asciiRows };
}

/** The node reached from `node` by the character `code`, or NO_NODE. */
export function childOf(trie: KeyTrie, node: number, code: number): number {
  const at = node * STRIDE;
  const count = trie.nodes[at + COUNT]!;
  // Nodes are numbered depth first, so a node's first child is the next node: an only child (most
  // nodes past a name's first letters have one) is read beside its parent, not in `children`.
  if (count === 1) return trie.nodes[at + STRIDE + MARKS]! >>> CODE_SHIFT === code ? node + 1 : NO_NODE;
  const row = trie.nodes[at + ROW]!;
  if (row >= 0 && code < 128) return trie.asciiRows[row + code]!;
  const first = trie.nodes[at + FIRST]!;
  const end = first + 2 * count;
  for (let k = first; k < end; k += 2) if (trie.children[k] === code) return trie.children[k + 1]!;
  return NO_NODE;
}

/** The node `text` leads to from `node` (NO_NODE once it leaves the trie). */
export function walk(trie: KeyTrie, node: number, text: string): number {
  for (let k = 0; k < text.length && node !== NO_NODE; k++) node = childOf(trie, node, text.charCodeAt(k));
  return node;
}

/** Whether the node exists and carries `mark`. */
export function hasMark(trie: KeyTrie, node: number, mark: number): boolean {
  return node !== NO_NODE && (trie.nodes[node * STRIDE + MARKS]! & mark) !== 0;
}

/**
 * A walk down the trie one character at a time, which keeps what keys.ts dropPlural asks of the
 * string walked: its length and last two characters, and the node of the string without its
 * last character (its singular, when dropPlural would drop an "s").
 */
export class KeyWalk {
  node = TRIE_ROOT;
  beforeLast = NO_NODE;
  private length = 0;
  private last = 0;
  private previous = 0;

  constructor(private readonly trie: KeyTrie) {}

  /** Back to the root, as if nothing had been walked. */
  reset(): void {
    this.node = TRIE_ROOT;
    this.beforeLast = NO_NODE;
    this.length = 0;
    this.last = 0;
    this.previous = 0;
  }

  step(code: number): void {
    this.previous = this.last;
    this.last = code;
    this.length++;
    this.beforeLast = this.node;
    this.node = this.node === NO_NODE ? NO_NODE : childOf(this.trie, this.node, code);
  }

  steps(text: string): void {
    for (let k = 0; k < text.length; k++) this.step(text.charCodeAt(k));
  }

  /** The steps of an ASCII text lower-cased. */
  stepLowerCase(ascii: string): void {
    for (let k = 0; k < ascii.length; k++) {
      const code = ascii.charCodeAt(k);
      this.step(code >= 65 && code <= 90 ? code + 32 : code);
    }
  }

  /** Whether dropPlural drops the walked string's last character: more than three, an "s" after anything but "s". */
  endsInPlural(): boolean {
    return this.length > 3 && this.last === 115 && this.previous !== 115;
  }
}
