/**
 * An attacker written independently of the suppression code: exact integer elimination over the published sums,
 * and brute force over each single sum with what a reader knows of a hidden cell ("<5" is 1–4; a complementary
 * cell is 0 or at least 5).
 */
import type { CellStatus, Relation } from '../../../src/domain/figures/disclosure.js';

/**
 * Hidden cells whose value a reader can work out exactly. A hidden cell recovered as 0 discloses no more than a
 * published 0, so it is taken as known and the attack repeats; the rest are returned.
 */
export function recoverableCells(
  values: readonly number[],
  status: readonly CellStatus[],
  relations: readonly Relation[],
): number[] {
  let known = [...status];
  for (;;) {
    const found = [
      ...new Set([...byExactElimination(known, relations), ...byEnumeration(values, known, relations)]),
    ];
    const zeros = found.filter((c) => values[c] === 0 && known[c] === 'complementary');
    if (zeros.length === 0) return found;
    known = known.map((s, i) => (zeros.includes(i) ? 'shown' : s));
  }
}

function byExactElimination(status: readonly CellStatus[], relations: readonly Relation[]): number[] {
  const hidden = status.flatMap((s, i) => (s === 'shown' ? [] : [i]));
  const col = new Map(hidden.map((c, j) => [c, j]));
  const rows: bigint[][] = relations.map((r) => {
    const row = hidden.map(() => 0n);
    const j = col.get(r.total);
    if (j !== undefined) row[j]! -= 1n;
    for (const p of r.parts) {
      const k = col.get(p);
      if (k !== undefined) row[k]! += 1n;
    }
    return row;
  });
  const pivotRow = new Map<number, bigint[]>();
  let remaining = rows;
  for (let c = 0; c < hidden.length; c++) {
    const p = remaining.find((row) => row[c] !== 0n);
    if (!p) continue;
    remaining = remaining
      .filter((row) => row !== p)
      .map((row) => (row[c] === 0n ? row : row.map((x, k) => x * p[c]! - p[k]! * row[c]!)));
    for (const [pc, pr] of pivotRow) {
      if (pr[c] === 0n) continue;
      const f = pr[c]!;
      pivotRow.set(
        pc,
        pr.map((x, k) => x * p[c]! - p[k]! * f),
      );
    }
    pivotRow.set(c, p);
  }
  return [...pivotRow]
    .filter(([c, row]) => row.every((x, k) => k === c || pivotRow.has(k) || x === 0n))
    .map(([c]) => hidden[c]!);
}

function byEnumeration(
  values: readonly number[],
  status: readonly CellStatus[],
  relations: readonly Relation[],
): number[] {
  const found: number[] = [];
  for (const r of relations) {
    const cells = [r.total, ...r.parts];
    const hidden = cells.filter((c) => status[c] !== 'shown');
    if (hidden.length === 0 || hidden.length > 3) continue;
    // the parts are enumerated (a shown total bounds them, else a generous horizon); a hidden total follows from them
    const bound = status[r.total] === 'shown' ? values[r.total]! : 60;
    const fits = (c: number, x: number) => (status[c] === 'small' ? x >= 1 && x <= 4 : x === 0 || x >= 5);
    const domain = (c: number) => Array.from({ length: bound + 1 }, (_, x) => x).filter((x) => fits(c, x));
    // smalls first: the last hidden part is solved for when the total is shown, never enumerated
    const parts = r.parts
      .filter((p) => status[p] !== 'shown')
      .sort((a, b) => Number(status[b] === 'small') - Number(status[a] === 'small'));
    const seen = new Map<number, Set<number>>(hidden.map((c) => [c, new Set()]));
    const isTotalShown = status[r.total] === 'shown';
    const shownSum = r.parts.reduce((a, p) => a + (status[p] === 'shown' ? values[p]! : 0), 0);
    const assign: number[] = [];
    const record = () => {
      const total = shownSum + assign.reduce((a, x) => a + x, 0);
      if (isTotalShown ? total !== values[r.total] : !fits(r.total, total)) return;
      parts.forEach((p, k) => seen.get(p)!.add(assign[k]!));
      if (!isTotalShown) seen.get(r.total)!.add(total);
    };
    const walk = (i: number) => {
      if (i === parts.length) return record();
      if (isTotalShown && i === parts.length - 1) {
        const x = values[r.total]! - shownSum - assign.reduce((a, y) => a + y, 0);
        if (!fits(parts[i]!, x)) return;
        assign.push(x);
        record();
        assign.pop();
        return;
      }
      for (const x of domain(parts[i]!)) {
        assign.push(x);
        walk(i + 1);
        assign.pop();
      }
    };
    walk(0);
    for (const [c, xs] of seen) if (xs.size === 1) found.push(c);
  }
  return found;
}
