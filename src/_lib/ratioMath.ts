// Exact integer arithmetic for ratios. Products of two safe integers are formed in doubles and
// used only when the result is itself a safe integer (then it is exact); otherwise BigInt.

/** Compares a/b with c/d for positive b and d, exactly: returns -1, 0 or 1. */
export function compareFractions(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const bigLeft = BigInt(a) * BigInt(d);
  const bigRight = BigInt(c) * BigInt(b);
  return bigLeft < bigRight ? -1 : bigLeft > bigRight ? 1 : 0;
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}
