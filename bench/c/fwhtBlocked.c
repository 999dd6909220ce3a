/*
 * The strong reference for the FWHT benchmark: a cache-blocked in-place Walsh-Hadamard transform
 * on 32-bit integers with AVX2 (gcc -O3 -march=native -mavx2), the same exact wrapping int32
 * arithmetic as src/core/fwht.ts (every intermediate is a +-1 sum of inputs, so nothing wraps).
 * Usage: fwhtBlocked LOG2_SIZE RUNS [BLOCK_LOG CHUNK_LOG]
 *   -> one line per run "ms <milliseconds>", then "check <sum>". The first run is checked
 *   against the plain butterfly loop (exit 1 on a difference); the bench does not count it.
 *
 * Schedule on 2^n values (the same shape as src/core/wasm/fwhtWasm.ts):
 *  1. blocks of 2^BLOCK_LOG values (L1/L2-resident): stages h = 1, 2, 4 inside each 8-lane
 *     register and h = 8, 16, 32 across eight registers (64 values in registers), then the
 *     remaining in-block stages three at a time (radix 8: eight registers loaded, three stages,
 *     eight stored);
 *  2. the array as R = 2^(n - BLOCK_LOG) rows of one block: for each chunk of columns (R x chunk
 *     fits in L2), the stages that pair whole rows, radix 8 then the rest.
 * So at 2^24 every value crosses DRAM twice (once per step).
 */
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* log2 of the values per block of step 1 and per column chunk of step 2 (argv[3], argv[4]). */
static int BLOCK_LOG = 14; /* 2^14 int32 = 64 KiB */
static int CHUNK_LOG = 19; /* 2^19 int32 = 2 MiB of rows x columns */

typedef __m256i V;
#define ADD _mm256_add_epi32
#define SUB _mm256_sub_epi32

/* The 8-point transform inside one register (stages 1, 2, 4 within the lanes). */
static inline V h8(V v) {
  const V neg1 = _mm256_setr_epi32(1, -1, 1, -1, 1, -1, 1, -1);
  const V neg2 = _mm256_setr_epi32(1, 1, -1, -1, 1, 1, -1, -1);
  V s = _mm256_shuffle_epi32(v, _MM_SHUFFLE(2, 3, 0, 1)); /* swap neighbours */
  v = ADD(_mm256_sign_epi32(v, neg1), s);
  s = _mm256_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2)); /* swap pairs */
  v = ADD(_mm256_sign_epi32(v, neg2), s);
  s = _mm256_permute2x128_si256(v, v, 0x01); /* swap halves */
  V lo = ADD(v, s), hi = SUB(s, v);
  return _mm256_blend_epi32(lo, hi, 0xf0);
}

/* Eight registers at p, p + h, ..., p + 7h (h in values): three butterfly stages h, 2h, 4h. */
static inline void radix8(int32_t *p, size_t h) {
  V x0 = _mm256_load_si256((V *)(p + 0 * h)), x1 = _mm256_load_si256((V *)(p + 1 * h));
  V x2 = _mm256_load_si256((V *)(p + 2 * h)), x3 = _mm256_load_si256((V *)(p + 3 * h));
  V x4 = _mm256_load_si256((V *)(p + 4 * h)), x5 = _mm256_load_si256((V *)(p + 5 * h));
  V x6 = _mm256_load_si256((V *)(p + 6 * h)), x7 = _mm256_load_si256((V *)(p + 7 * h));
  V a0 = ADD(x0, x1), a1 = SUB(x0, x1), a2 = ADD(x2, x3), a3 = SUB(x2, x3);
  V a4 = ADD(x4, x5), a5 = SUB(x4, x5), a6 = ADD(x6, x7), a7 = SUB(x6, x7);
  V b0 = ADD(a0, a2), b1 = ADD(a1, a3), b2 = SUB(a0, a2), b3 = SUB(a1, a3);
  V b4 = ADD(a4, a6), b5 = ADD(a5, a7), b6 = SUB(a4, a6), b7 = SUB(a5, a7);
  _mm256_store_si256((V *)(p + 0 * h), ADD(b0, b4));
  _mm256_store_si256((V *)(p + 1 * h), ADD(b1, b5));
  _mm256_store_si256((V *)(p + 2 * h), ADD(b2, b6));
  _mm256_store_si256((V *)(p + 3 * h), ADD(b3, b7));
  _mm256_store_si256((V *)(p + 4 * h), SUB(b0, b4));
  _mm256_store_si256((V *)(p + 5 * h), SUB(b1, b5));
  _mm256_store_si256((V *)(p + 6 * h), SUB(b2, b6));
  _mm256_store_si256((V *)(p + 7 * h), SUB(b3, b7));
}

static inline void radix4(int32_t *p, size_t h) {
  V x0 = _mm256_load_si256((V *)p), x1 = _mm256_load_si256((V *)(p + h));
  V x2 = _mm256_load_si256((V *)(p + 2 * h)), x3 = _mm256_load_si256((V *)(p + 3 * h));
  V a0 = ADD(x0, x1), a1 = SUB(x0, x1), a2 = ADD(x2, x3), a3 = SUB(x2, x3);
  _mm256_store_si256((V *)p, ADD(a0, a2));
  _mm256_store_si256((V *)(p + h), ADD(a1, a3));
  _mm256_store_si256((V *)(p + 2 * h), SUB(a0, a2));
  _mm256_store_si256((V *)(p + 3 * h), SUB(a1, a3));
}

static inline void radix2(int32_t *p, size_t h) {
  V x0 = _mm256_load_si256((V *)p), x1 = _mm256_load_si256((V *)(p + h));
  _mm256_store_si256((V *)p, ADD(x0, x1));
  _mm256_store_si256((V *)(p + h), SUB(x0, x1));
}

/* Stages h = first, 2 first, ... < limit on the groups of `span` values starting at p (span a
 * multiple of 2 * limit), over the `width` columns q = 0, 8, ... < width of each run of stride
 * `h` apart. Radix 8 while three stages remain, then radix 4 / 2. */
static void stages(int32_t *p, size_t span, size_t first, size_t limit, size_t width, size_t unit) {
  size_t h = first;
  for (; 8 * h <= limit; h *= 8)
    for (int32_t *g = p; g < p + span; g += 8 * h * unit)
      for (size_t r = 0; r < h * unit; r += unit)
        for (size_t q = 0; q < width; q += 8) radix8(g + r + q, h * unit);
  if (4 * h <= limit) {
    for (int32_t *g = p; g < p + span; g += 4 * h * unit)
      for (size_t r = 0; r < h * unit; r += unit)
        for (size_t q = 0; q < width; q += 8) radix4(g + r + q, h * unit);
    h *= 4;
  }
  if (2 * h <= limit) {
    for (int32_t *g = p; g < p + span; g += 2 * h * unit)
      for (size_t r = 0; r < h * unit; r += unit)
        for (size_t q = 0; q < width; q += 8) radix2(g + r + q, h * unit);
  }
}

static void fwht(int32_t *a, size_t size) {
  size_t block = size < ((size_t)1 << BLOCK_LOG) ? size : (size_t)1 << BLOCK_LOG;
  for (int32_t *b = a; b < a + size; b += block) {
    /* 64 values in registers: h8 in each, then stages 8, 16, 32 across the eight. */
    for (int32_t *p = b; p < b + block; p += 64) {
      V x[8];
      for (int k = 0; k < 8; k++) x[k] = h8(_mm256_load_si256((V *)(p + 8 * k)));
      V a0 = ADD(x[0], x[1]), a1 = SUB(x[0], x[1]), a2 = ADD(x[2], x[3]), a3 = SUB(x[2], x[3]);
      V a4 = ADD(x[4], x[5]), a5 = SUB(x[4], x[5]), a6 = ADD(x[6], x[7]), a7 = SUB(x[6], x[7]);
      V b0 = ADD(a0, a2), b1 = ADD(a1, a3), b2 = SUB(a0, a2), b3 = SUB(a1, a3);
      V b4 = ADD(a4, a6), b5 = ADD(a5, a7), b6 = SUB(a4, a6), b7 = SUB(a5, a7);
      _mm256_store_si256((V *)(p + 0), ADD(b0, b4));
      _mm256_store_si256((V *)(p + 8), ADD(b1, b5));
      _mm256_store_si256((V *)(p + 16), ADD(b2, b6));
      _mm256_store_si256((V *)(p + 24), ADD(b3, b7));
      _mm256_store_si256((V *)(p + 32), SUB(b0, b4));
      _mm256_store_si256((V *)(p + 40), SUB(b1, b5));
      _mm256_store_si256((V *)(p + 48), SUB(b2, b6));
      _mm256_store_si256((V *)(p + 56), SUB(b3, b7));
    }
    /* Remaining in-block stages h = 64 .. block/2: width 8 columns per run (unit = 8 values). */
    if (block > 64) stages(b, block, 8, block / 8, 8, 8);
  }
  size_t rows = size / block;
  if (rows > 1) {
    size_t chunk = ((size_t)1 << CHUNK_LOG) / rows;
    if (chunk < 8) chunk = 8;
    if (chunk > block) chunk = block;
    for (size_t c = 0; c < block; c += chunk) stages(a + c, size, 1, rows, chunk, block);
  }
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s LOG2_SIZE RUNS\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[1]);
  int runs = atoi(argv[2]);
  if (argc > 4) {
    BLOCK_LOG = atoi(argv[3]);
    CHUNK_LOG = atoi(argv[4]);
  }
  if (n < 6 || n > 26 || runs < 1 || BLOCK_LOG < 6 || BLOCK_LOG > 24 || CHUNK_LOG < 6 || CHUNK_LOG > 26) return 2;
  size_t size = (size_t)1 << n;
  int32_t *a = aligned_alloc(64, size * sizeof(int32_t));
  int32_t *ref = malloc(size * sizeof(int32_t));
  if (!a || !ref) return 1;
  int64_t check = 0;
  uint32_t state = 12345u;
  for (int r = 0; r < runs; r++) {
    for (size_t i = 0; i < size; i++) {
      state = state * 1664525u + 1013904223u;
      a[i] = (state >> 31) ? -1 : 1;
    }
    if (r == 0) /* self-check of the first run against the plain loop */
      for (size_t i = 0; i < size; i++) ref[i] = a[i];
    double t0 = now_ms();
    fwht(a, size);
    double t1 = now_ms();
    if (r == 0) {
      for (size_t h = 1; h < size; h <<= 1)
        for (size_t i = 0; i < size; i += h << 1)
          for (size_t j = i; j < i + h; j++) {
            int32_t x = ref[j], y = ref[j + h];
            ref[j] = x + y;
            ref[j + h] = x - y;
          }
      for (size_t i = 0; i < size; i++)
        if (ref[i] != a[i]) {
          fprintf(stderr, "blocked transform differs from the plain loop at %zu\n", i);
          return 1;
        }
    }
    printf("ms %.4f\n", t1 - t0);
    check += a[r % size];
  }
  printf("check %lld\n", (long long)check);
  free(a);
  free(ref);
  return 0;
}
