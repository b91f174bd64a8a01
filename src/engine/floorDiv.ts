/**
 * ⌊n / d⌋, exact, for safe integers n ≥ 0 and d > 0 (largest remainder and invoice texts divide
 * in doubles instead of BigInt). The double division is correctly rounded, and it cannot round
 * up onto the next integer k: for a quotient q that is not whole, k − q ≥ 1/d, while half an ulp
 * of q is at most 2^−53 × q ≤ 2^−53 × n/d < 1/d since n < 2^53. Rounding down cannot pass ⌊q⌋,
 * which is a double. (A property test holds it to BigInt division up to 2^53.)
 */
export function floorDiv(n: number, d: number): number {
  return Math.floor(n / d);
}
