/*
 * The strong reference for the census benchmark: the same Gray-code walk as src/census (one
 * truth-table point flips per step; the 32 Walsh sums, as 32 int8 lanes of ONE 256-bit AVX2
 * register, get the flipped point's delta row added; the cell of the function is counted), with
 * the same tables and cell layout, built with gcc -O3 -march=native (AVX2 required).
 * Mode "degree": the Fourier degree only (zero lanes by one compare + movemask, the top non-zero
 * lane's level by clz and a table), as the kernel's degree-only path does; the other coordinates
 * of the cell hold the same constants as there (GF(2) degree null, relevant 5, not balanced, not
 * bent). Mode "all": every measure (ANF word, relevant variables, balanced, bent for even n).
 * Usage: censusAvx2 N START COUNT degree|all
 *   -> "ms <wall ms>", "cpu_ms <CPU ms>", "degree <code> <count>" per degree code, "check <hash>"
 *   (FNV-1a over the u32 histogram cells, as bench/census.ts computes it for the kernel).
 */
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CELLS (7 * 7 * 6 * 4)

static __m256i delta[32][2];
static uint32_t up[32], vm[8] __attribute__((aligned(32))), valid, hist[CELLS];
static uint8_t code[33];
static uint32_t cellOff[33 * 64];
static int laneOf[32];

static int popc(uint32_t v) { return __builtin_popcount(v); }

static double clock_ms(clockid_t id) {
  struct timespec t;
  clock_gettime(id, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void setup(int n) {
  int size = 1 << n, p = 0;
  int8_t d[2][32];
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
    memset(d, 0, sizeof d);
    for (int s = 0; s < size; s++) {
      int chi = popc(s & x) & 1 ? -1 : 1;
      d[0][laneOf[s]] = (int8_t)(-2 * chi);
      d[1][laneOf[s]] = (int8_t)(2 * chi);
    }
    delta[x][0] = _mm256_loadu_si256((const __m256i *)d[0]);
    delta[x][1] = _mm256_loadu_si256((const __m256i *)d[1]);
  }
  for (int cz = 0; cz <= 32; cz++)
    for (int ca = 0; ca <= 32; ca++)
      cellOff[cz * 64 + ca] = code[32 - cz] * 7 * 6 * 4 + code[32 - ca] * 6 * 4 + 5 * 4;
  for (int v = 0; v < n; v++) {
    vm[v] = 0;
    for (int s = 0; s < size; s++)
      if (s >> v & 1) vm[v] |= 1u << laneOf[s];
  }
}

static uint32_t start_state(int n, uint32_t F, __m256i *c) {
  int size = 1 << n;
  int8_t coef[32] = {0};
  uint32_t A = 0;
  for (int s = 0; s < size; s++) {
    int sum = 0, bit = 0;
    for (int y = 0; y < size; y++) sum += ((F >> y & 1) ? -1 : 1) * (popc(s & y) & 1 ? -1 : 1);
    for (int y = 0; y < size; y++)
      if ((y & s) == y) bit ^= F >> y & 1;
    coef[laneOf[s]] = (int8_t)sum;
    if (bit) A |= 1u << laneOf[s];
  }
  *c = _mm256_loadu_si256((const __m256i *)coef);
  return A;
}

static inline int clz32(uint32_t v) { return v ? __builtin_clz(v) : 32; }

static inline __attribute__((always_inline)) void walk(int n, uint64_t start, uint64_t count, int all, int even) {
  uint32_t t = (uint32_t)start;
  uint32_t F = t ^ (t >> 1);
  __m256i c;
  uint32_t A = start_state(n, F, &c);
  const __m256i zero = _mm256_setzero_si256();
  const __m256i root = _mm256_set1_epi8((char)(1 << (n / 2)));
  const __m128i vm4 = _mm_load_si128((const __m128i *)vm);
  for (uint64_t i = 0; i < count; i++) {
    if (i) {
      t++;
      int x = __builtin_ctz(t);
      int b = F >> x & 1;
      F ^= 1u << x;
      c = _mm256_add_epi8(c, delta[x][b]);
      if (all) A ^= up[x];
    }
    uint32_t zm = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(c, zero));
    uint32_t z = ~zm & valid;
    if (!all) {
      hist[cellOff[clz32(z) * 64 + 32]]++;
      continue;
    }
    __m128i v = _mm_and_si128(_mm_set1_epi32((int)z), vm4);
    int irr = __builtin_popcount((unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(v, _mm_setzero_si128())))) +
              ((z & vm[4]) == 0);
    uint32_t cell = cellOff[clz32(z) * 64 + clz32(A)] - irr * 4 + (zm & 1) * 2;
    if (even) cell += (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_abs_epi8(c), root)) == valid;
    hist[cell]++;
  }
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: %s N START COUNT degree|all\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[1]);
  uint64_t start = strtoull(argv[2], 0, 10), count = strtoull(argv[3], 0, 10);
  int all = strcmp(argv[4], "all") == 0;
  if (n < 0 || n > 5 || count < 1 || start + count > (1ull << (1 << n))) return 2;
  setup(n);
  double t0 = clock_ms(CLOCK_MONOTONIC), u0 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
  int even = n % 2 == 0;
  if (all) {
    if (even) walk(n, start, count, 1, 1); else walk(n, start, count, 1, 0);
  } else {
    walk(n, start, count, 0, 0);
  }
  double t1 = clock_ms(CLOCK_MONOTONIC), u1 = clock_ms(CLOCK_PROCESS_CPUTIME_ID);
  printf("ms %.3f\ncpu_ms %.3f\n", t1 - t0, u1 - u0);
  uint64_t check = 1469598103934665603ull;
  for (int d = 0; d < 7; d++) {
    uint64_t sum = 0;
    for (int r = 0; r < 7 * 6 * 4; r++) sum += hist[d * 7 * 6 * 4 + r];
    printf("degree %d %llu\n", d, (unsigned long long)sum);
  }
  for (int k = 0; k < CELLS; k++) check = (check ^ hist[k]) * 1099511628211ull;
  printf("check %llu\n", (unsigned long long)check);
  return 0;
}
