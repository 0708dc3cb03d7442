/**
 * A word-level difference between two versions of a text, for showing a translator what changed in
 * the source: runs of unchanged, removed and added words, whitespace kept, so that the runs joined
 * give back each version exactly. Myers' O((N+M)·D) algorithm on word tokens: quick for the usual
 * edit of a long text (few changes), and bounded for a text rewritten from scratch (past
 * MAX_EDIT_DISTANCE the whole old text is shown removed and the new one added).
 */
export type DiffPart = { kind: 'same' | 'removed' | 'added'; text: string };

const MAX_EDIT_DISTANCE = 2_000;

/** Words (letters, digits and joiners) and the spaces and punctuation between them, in order. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_'’-]+|\s+|[^\p{L}\p{N}\p{M}_'’\s-]/gu) ?? [];
}

export function wordDiff(oldText: string, newText: string): DiffPart[] {
  const a = tokenize(oldText);
  const b = tokenize(newText);
  // The common start and end are the same by definition: only the middle is searched.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const middle = diffTokens(a.slice(start, endA), b.slice(start, endB));
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, start).join(''));
  for (const part of middle) push(parts, part.kind, part.text);
  push(parts, 'same', a.slice(endA).join(''));
  return parts;
}

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

type Op = { kind: DiffPart['kind']; token: string };

/** Myers' greedy shortest edit script, traced back through the saved frontier of each step. */
function diffTokens(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return wholesale(a, b);
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  let frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(frontier.slice());
    const next = frontier;
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) return groups(backtrack(trace, a, b, d, k, offset));
    }
    frontier = next;
  }
  return wholesale(a, b);
}

function backtrack(
  trace: readonly Int32Array[],
  a: readonly string[],
  b: readonly string[],
  lastD: number,
  lastK: number,
  offset: number,
): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  let k = lastK;
  for (let d = lastD; d > 0; d--) {
    const frontier = trace[d]!;
    const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = frontier[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > (down ? prevX : prevX + 1) && y > (down ? prevY + 1 : prevY)) {
      ops.push({ kind: 'same', token: a[--x]! });
      y--;
    }
    if (down) ops.push({ kind: 'added', token: b[--y]! });
    else ops.push({ kind: 'removed', token: a[--x]! });
    k = prevK;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: 'same', token: a[--x]! });
    y--;
  }
  return ops.reverse();
}

/** Adjacent operations of one kind as one run; a removal shown before the addition that replaces it. */
function groups(ops: readonly Op[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(parts, 'removed', removed);
    push(parts, 'added', added);
    removed = '';
    added = '';
  };
  for (const op of ops) {
    if (op.kind === 'removed') removed += op.token;
    else if (op.kind === 'added') added += op.token;
    else {
      flush();
      push(parts, 'same', op.token);
    }
  }
  flush();
  return parts;
}

function wholesale(a: readonly string[], b: readonly string[]): DiffPart[] {
  const parts: DiffPart[] = [];
  push(parts, 'removed', a.join(''));
  push(parts, 'added', b.join(''));
  return parts;
}
