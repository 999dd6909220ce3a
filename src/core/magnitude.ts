/**
 * Sizes for messages, however large: exact digits below 10^15, an exact power of two as 2^k, and
 * anything else in scientific form with its power of two ("1.044e1262 (about 2^4192.3)"). Never
 * the full decimal expansion of a huge number: the size of a domain such as the bijections of C_20
 * has millions of digits. Computed from the bit length and the leading 53 bits, so it is fast.
 */

const LOG10_2 = Math.log10(2);

function bitLength(n: bigint): number {
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

export function formatMagnitude(value: bigint | number): string {
  const n = typeof value === 'bigint' ? value : BigInt(value);
  if (n < 0n) return `-${formatMagnitude(-n)}`;
  if (n < 10n ** 15n) return n.toString();
  const bits = bitLength(n);
  if ((n & (n - 1n)) === 0n) return `2^${bits - 1}`;
  const shift = Math.max(0, bits - 53);
  const log2 = Math.log2(Number(n >> BigInt(shift))) + shift;
  const log10 = log2 * LOG10_2;
  let exponent = Math.floor(log10);
  let mantissa = 10 ** (log10 - exponent);
  if (mantissa >= 9.9995) {
    mantissa = 1;
    exponent++;
  }
  return `${mantissa.toFixed(3)}e${exponent} (about 2^${log2.toFixed(1)})`;
}
