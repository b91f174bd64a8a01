import { Dec, toNumber } from './decimal';

/**
 * Exact rationals over BigInt. Decimal division rounds (1/3 has no end), so where costs are
 * divided by drivers or pass through a system of equations (reciprocal pools), the engine works
 * in fractions and turns them into decimals only at one named point (exactUnits.ts), where the
 * parts are made to sum to their whole exactly.
 *
 * Always normalised: the denominator is > 0 and shares no factor with the numerator, so equal
 * values have equal fields.
 */
export class Rational {
  private constructor(
    readonly n: bigint,
    readonly d: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(n: bigint, d: bigint = 1n): Rational {
    if (d === 1n) return new Rational(n, 1n);
    if (d === 0n) throw new RangeError('Rational: division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /** A Decimal's exact value: its digits over a power of ten. */
  static fromDec(value: Dec): Rational {
    if (value.isInteger()) {
      const n = toNumber(value);
      if (Number.isSafeInteger(n)) return new Rational(BigInt(n), 1n);
    }
    const text = value.toFixed();
    const negative = text.startsWith('-');
    const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
    const digits = BigInt(whole + fraction);
    return Rational.of(negative ? -digits : digits, 10n ** BigInt(fraction.length));
  }

  plus(o: Rational): Rational {
    if (this.d === o.d) return Rational.of(this.n + o.n, this.d);
    return Rational.of(this.n * o.d + o.n * this.d, this.d * o.d);
  }

  minus(o: Rational): Rational {
    return this.plus(o.neg());
  }

  times(o: Rational): Rational {
    return Rational.of(this.n * o.n, this.d * o.d);
  }

  div(o: Rational): Rational {
    if (o.n === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.n * o.d, this.d * o.n);
  }

  neg(): Rational {
    return new Rational(-this.n, this.d);
  }

  isZero(): boolean {
    return this.n === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  compare(o: Rational): -1 | 0 | 1 {
    const x = this.n * o.d - o.n * this.d;
    return x < 0n ? -1 : x > 0n ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }

  /** For display only (a pool's total in a message): rounded to the Decimal's precision. */
  toDec(): Dec {
    return new Dec(this.n.toString()).div(this.d.toString());
  }

  toString(): string {
    return this.d === 1n ? this.n.toString() : `${this.n}/${this.d}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Σ values, exactly. */
export function sumRational(values: Iterable<Rational>): Rational {
  let total = Rational.ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
