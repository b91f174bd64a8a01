import { Rational } from '../rational';

/**
 * The inverse of a square matrix in exact fractions, by Gauss–Jordan elimination; null when the
 * matrix is singular. Meant for the few common pools of a workbook (a handful of rows), so the
 * cubic cost does not matter and every pivot is exact: any non-zero entry will do.
 */
export function inverse(matrix: readonly (readonly Rational[])[]): Rational[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => {
    if (row.length !== n) throw new RangeError('inverse: the matrix is not square');
    return [...row, ...Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO))];
  });
  for (let col = 0; col < n; col++) {
    const pivotRow = a.findIndex((row, i) => i >= col && !(row[col] as Rational).isZero());
    if (pivotRow < 0) return null;
    [a[col], a[pivotRow]] = [a[pivotRow] as Rational[], a[col] as Rational[]];
    const pivot = a[col] as Rational[];
    const p = pivot[col] as Rational;
    for (let j = 0; j < 2 * n; j++) pivot[j] = (pivot[j] as Rational).div(p);
    for (let i = 0; i < n; i++) {
      if (i === col) continue;
      const row = a[i] as Rational[];
      const factor = row[col] as Rational;
      if (factor.isZero()) continue;
      for (let j = 0; j < 2 * n; j++) row[j] = (row[j] as Rational).minus(factor.times(pivot[j] as Rational));
    }
  }
  return a.map((row) => row.slice(n));
}
