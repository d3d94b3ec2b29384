// Rounding to a whole minor unit, which the scenario model does at every amount it computes.

/**
 * Math.round without its data-dependent branch. Math.round in V8 rounds up, then steps back when that went past
 * half, a branch taken for about half of all random fractions; under sampled levers it was mispredicted so often
 * that a Monte Carlo path took several times as long as the same arithmetic repeated with fixed levers. Here
 * floor(x + 0.5) is exact but where the addition itself rounds up to the next whole number (0.49999999999999994,
 * odd numbers from 2^52), and the check that corrects it is almost never taken. Equal to Math.round for every
 * x, except that it gives +0 where Math.round gives -0 (x in [-0.5, -0]): the two are equal as numbers and
 * print alike, and totals, which start at +0, never show the sign (+0 + -0 is +0).
 */
export function roundHalfUp(x: number): number {
  const f = Math.floor(x + 0.5);
  return f - 0.5 > x ? f - 1 : f;
}
