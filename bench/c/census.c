/*
 * The reference for the census benchmark: the same Gray-code walk as src/census (one truth-table
 * point flips per step, the integer Walsh spectrum and the ANF word updated incrementally, the
 * joint histogram of degree, GF(2) degree, relevant variables, balanced and bent updated per
 * function), in C compiled with gcc -O3, with the same tables and cell layout. Variant "plain" is
 * portable scalar C (gcc vectorizes what it can); variant "sse2" finds the zero lanes, the
 * irrelevant variables and the bent lanes with SSE2 intrinsics (x86 only), as the WebAssembly
 * kernel does with i8x16 / i32x4 compares and bitmasks.
 * Usage: census N START COUNT [plain|sse2]
 *   -> "ms <wall milliseconds>", "cpu_ms <CPU milliseconds>", then "degree <d> <count>" for every
 *   degree code, then "check <hash>" (FNV-1a over the histogram cells).
 * Degree codes: 0 = null, k + 1 = degree k (the same cell layout as src/census/histogram.ts).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define CELLS (7 * 7 * 6 * 4)

static int8_t coef[32] __attribute__((aligned(16)));
static int8_t delta[32][2][32] __attribute__((aligned(16)));
static uint32_t up[32], vm[8], valid, hist[CELLS];
static uint8_t code[33];
static uint32_t cellOff[33 * 64];
static int laneOf[32];

static int popc(uint32_t v) { return __builtin_popcount(v); }

static double clock_ms(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Lanes in level order: subsets sorted by size, then by mask. */
static void setup(int n) {
  int size = 1 << n, p = 0;
  for (int k = 0; k <= n; k++)
    for (int s = 0; s < size; s++)
      if (popc(s) == k) laneOf[s] = p++;
  valid = size == 32 ? 0xffffffffu : (1u << size) - 1;
  code[0] = 0;
  for (int s = 0; s < size; s++) code[laneOf[s] + 1] = (uint8_t)(popc(s) + 1);
  for (int x = 0; x < size; x++) {
    up[x] = 0;
    for (int t = 0; t < size; t++)
      if ((t & x) == x) up[x] |= 1u << laneOf[t];
    for (int s = 0; s < size; s++) {
      int chi = popc(s & x) & 1 ? -1 : 1;
      delta[x][0][laneOf[s]] = (int8_t)(-2 * chi); /* f_old(x) = +1 */
      delta[x][1][laneOf[s]] = (int8_t)(2 * chi);  /* f_old(x) = -1 */
    }
  }
  /* cellOff[clz(z) * 64 + clz(A)]: degree and GF(2)-degree coordinates, plus 5 relevant (minus irrelevant ones). */
  for (int cz = 0; cz <= 32; cz++)
    for (int ca = 0; ca <= 32; ca++)
      cellOff[cz * 64 + ca] = code[32 - cz] * 7 * 6 * 4 + code[32 - ca] * 6 * 4 + 5 * 4;
  for (int v = 0; v < n; v++) {
    vm[v] = 0;
    for (int s = 0; s < size; s++)
      if (s >> v & 1) vm[v] |= 1u << laneOf[s];
  }
}

/* The spectrum and ANF of the truth table F afresh (the start of a slice). */
static uint32_t start_state(int n, uint32_t F) {
  int size = 1 << n;
  int a[32];
  uint32_t A = 0;
  for (int s = 0; s < size; s++) {
    int c = 0;
    for (int y = 0; y < size; y++) c += ((F >> y & 1) ? -1 : 1) * (popc(s & y) & 1 ? -1 : 1);
    a[s] = c;
    int bit = 0;
    for (int y = 0; y < size; y++)
      if ((y & s) == y) bit ^= F >> y & 1;
    if (bit) A |= 1u << laneOf[s];
  }
  memset(coef, 0, sizeof coef);
  for (int s = 0; s < size; s++) coef[laneOf[s]] = (int8_t)a[s];
  return A;
}

typedef int8_t v16 __attribute__((vector_size(16)));

/* Zero lanes of the coefficients: a plain loop, or SSE2 compare + movemask. */
static inline uint32_t zero_lanes(v16 c0, v16 c1, int variant) {
#ifdef __SSE2__
  if (variant) {
    __m128i zero = _mm_setzero_si128();
    uint32_t lo = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8((__m128i)c0, zero));
    uint32_t hi = (uint32_t)_mm_movemask_epi8(_mm_cmpeq_epi8((__m128i)c1, zero));
    return lo | hi << 16;
  }
#endif
  uint32_t z = 0;
  for (int k = 0; k < 16; k++) z |= (uint32_t)(c0[k] == 0) << k | (uint32_t)(c1[k] == 0) << (k + 16);
  return z;
}

/* Variables v < 5 with no non-zero coefficient containing them (vm[v] = 0 for v >= n). */
static inline uint32_t irrelevant(uint32_t z, int variant) {
#ifdef __SSE2__
  if (variant) {
    __m128i v = _mm_and_si128(_mm_set1_epi32((int)z), _mm_loadu_si128((const __m128i *)vm));
    int m = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_setzero_si128())));
    return (uint32_t)__builtin_popcount((unsigned)m) + ((z & vm[4]) == 0);
  }
#endif
  uint32_t irr = 0;
  for (int v = 0; v < 5; v++) irr += (z & vm[v]) == 0;
  return irr;
}

static inline uint32_t bent_lanes(v16 c0, v16 c1, int8_t root, int variant) {
#ifdef __SSE2__
  if (variant) {
    __m128i r = _mm_set1_epi8(root), m = _mm_set1_epi8((char)-root);
    __m128i a = _mm_or_si128(_mm_cmpeq_epi8((__m128i)c0, r), _mm_cmpeq_epi8((__m128i)c0, m));
    __m128i b = _mm_or_si128(_mm_cmpeq_epi8((__m128i)c1, r), _mm_cmpeq_epi8((__m128i)c1, m));
    return (uint32_t)_mm_movemask_epi8(a) | (uint32_t)_mm_movemask_epi8(b) << 16;
  }
#endif
  uint32_t m = 0;
  for (int k = 0; k < 16; k++)
    m |= (uint32_t)(c0[k] == root || c0[k] == -root) << k | (uint32_t)(c1[k] == root || c1[k] == -root) << (k + 16);
  return m;
}

static inline int clz32(uint32_t v) { return v ? __builtin_clz(v) : 32; }

static inline __attribute__((always_inline)) void walk(int n, uint64_t start, uint64_t count, int variant, int even) {
  int8_t root = (int8_t)(1 << (n / 2));
  uint32_t t = (uint32_t)start;
  uint32_t F = t ^ (t >> 1);
  uint32_t A = start_state(n, F);
  v16 c0, c1;
  memcpy(&c0, coef, 16);
  memcpy(&c1, coef + 16, 16);
  for (uint64_t i = 0; i < count; i++) {
    if (i) {
      t++;
      int x = __builtin_ctz(t);
      int b = F >> x & 1;
      F ^= 1u << x;
      v16 d0, d1;
      memcpy(&d0, delta[x][b], 16);
      memcpy(&d1, delta[x][b] + 16, 16);
      c0 += d0;
      c1 += d1;
      A ^= up[x];
    }
    uint32_t zm = zero_lanes(c0, c1, variant);
    uint32_t z = ~zm & valid;
    uint32_t cell = cellOff[clz32(z) * 64 + clz32(A)] - irrelevant(z, variant) * 4 + (zm & 1) * 2;
    if (even) cell += bent_lanes(c0, c1, root, variant) == valid;
    hist[cell]++;
  }
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s N START COUNT [plain|sse2]\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[1]);
  uint64_t start = strtoull(argv[2], 0, 10), count = strtoull(argv[3], 0, 10);
  int variant = argc > 4 && strcmp(argv[4], "sse2") == 0;
  if (n < 0 || n > 5 || count < 1 || start + count > (1ull << (1 << n))) return 2;
  setup(n);
  double t0 = clock_ms(CLOCK_MONOTONIC), u0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
  int even = n % 2 == 0;
  if (variant) {
    if (even) walk(n, start, count, 1, 1); else walk(n, start, count, 1, 0);
  } else {
    if (even) walk(n, start, count, 0, 1); else walk(n, start, count, 0, 0);
  }
  double t1 = clock_ms(CLOCK_MONOTONIC), u1 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
  printf("ms %.3f\ncpu_ms %.3f\n", t1 - t0, u1 - u0);
  uint64_t check = 1469598103934665603ull;
  for (int d = 0; d < 7; d++) {
    uint64_t sum = 0;
    for (int r = 0; r < 7 * 6 * 4; r++) sum += hist[d * 7 * 6 * 4 + r];
    printf("degree %d %llu\n", d, (unsigned long long)sum);
  }
  for (int c = 0; c < CELLS; c++) check = (check ^ hist[c]) * 1099511628211ull;
  printf("check %llu\n", (unsigned long long)check);
  return 0;
}
