/** Numbers for people: thousands separators, powers of two, durations. */

export function grouped(n: number | bigint): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "2^20" for exact powers of two from 2^10 up, "about 2^k" beyond 10^15, grouped digits otherwise. */
export function count(n: bigint): string {
  if (n >= 1024n && (n & (n - 1n)) === 0n) return `2^${n.toString(2).length - 1}`;
  if (n >= 10n ** 15n) return `about 2^${n.toString(2).length - 1}`;
  return grouped(n);
}

export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${Math.round(s - 60 * m)} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
