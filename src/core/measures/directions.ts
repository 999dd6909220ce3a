/**
 * For each variable x_i of a Boolean function: whether f ever goes from +1 to -1 (up) and ever
 * from -1 to +1 (down) as x_i goes from +1 to -1, i.e. F(x) < F(x | 2^i) or F(x) > F(x | 2^i)
 * for some x without bit i (F = (1 - f)/2). Bit-packed, 32 points a word, one pass per variable
 * over 2^(n-5) words; kept per value array (unate and monotone both read it). directionsSlow is
 * the definition the tests hold it to.
 */
export interface Directions {
  readonly up: readonly boolean[];
  readonly down: readonly boolean[];
}

/** Bit positions p (0..31) whose bit i is 0, for i = 0..4. */
const LOW_HALF = [0x55555555, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff] as const;

const cache = new WeakMap<Int32Array, Directions>();

export function directions(values: Int32Array): Directions {
  let d = cache.get(values);
  if (d === undefined) cache.set(values, (d = compute(values)));
  return d;
}

function compute(values: Int32Array): Directions {
  const size = values.length;
  const n = 31 - Math.clz32(size);
  if (n < 5) return directionsSlow(values);
  const words = size >>> 5;
  const bits = new Int32Array(words);
  for (let w = 0, x = 0; w < words; w++) {
    let b = 0;
    for (let p = 0; p < 32; p++, x++) b |= (values[x]! >>> 31) << p; // -1 (F = 1) has its sign bit set
    bits[w] = b;
  }
  const up: boolean[] = [];
  const down: boolean[] = [];
  for (let i = 0; i < n; i++) {
    let u = 0;
    let v = 0;
    if (i < 5) {
      const h = 1 << i;
      const m = LOW_HALF[i]!;
      for (let w = 0; w < words && (u === 0 || v === 0); w++) {
        const lo = bits[w]! & m; // F at the points without bit i
        const hi = (bits[w]! >>> h) & m; // F at their partners, moved onto the same positions
        u |= ~lo & hi & m;
        v |= lo & ~hi;
      }
    } else {
      const h = 1 << (i - 5);
      for (let w = 0; w < words && (u === 0 || v === 0); w++) {
        if (w & h) continue;
        const lo = bits[w]!;
        const hi = bits[w | h]!;
        u |= ~lo & hi;
        v |= lo & ~hi;
      }
    }
    up.push(u !== 0);
    down.push(v !== 0);
  }
  return { up, down };
}

/** The definition, one comparison per edge. */
export function directionsSlow(values: Int32Array): Directions {
  const n = 31 - Math.clz32(values.length);
  const up: boolean[] = new Array(n).fill(false);
  const down: boolean[] = new Array(n).fill(false);
  for (let x = 0; x < values.length; x++) {
    for (let i = 0; i < n; i++) {
      if ((x >>> i) & 1) continue;
      const a = values[x]!;
      const c = values[x | (1 << i)]!;
      if (a === 1 && c === -1) up[i] = true;
      if (a === -1 && c === 1) down[i] = true;
    }
  }
  return { up, down };
}
