/*
 * Plain C reference for the affine canonical form of 4-bit bijections (the same branch-and-bound
 * as src/equivalence/affineBijectionCanon.ts): canonicalizes K bijections drawn by the same LCG
 * shuffle as bench/affineMap.ts and prints "ms <total>" and "sum <checksum of representatives>".
 * Usage: affineCanon K
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define N 16
#define D 4
static uint8_t T[N], inner[N], cur[N], best[N];
static uint8_t lmaps[D + 1][N], assigned[D + 1][N], spans[D + 1][N];
static int counts[D + 1], dims[D + 1], hasBest, ties;
static uint8_t u0;

static int cmpPrefix(int len) {
  if (!hasBest) return -1;
  for (int x = 0; x < len; x++) if (cur[x] != best[x]) return cur[x] < best[x] ? -1 : 1;
  return 0;
}

static void level(int i) {
  int half = 1 << (i - 1);
  for (int v = 1; v < N; v++) {
    if (spans[i - 1][v]) continue;
    uint8_t *lmap = lmaps[i], *list = assigned[i];
    memcpy(lmap, lmaps[i - 1], N);
    memcpy(list, assigned[i - 1], N);
    int count = counts[i - 1], k = dims[i - 1];
    for (int y = 0; y < half; y++) {
      int x = half + y;
      inner[x] = inner[y] ^ v;
      uint8_t d = T[inner[x]] ^ u0;
      if (lmap[d] == 255) {
        uint8_t unit = 1 << k;
        for (int s = 0; s < count; s++) { uint8_t e = list[s]; lmap[e ^ d] = lmap[e] ^ unit; list[count + s] = e ^ d; }
        count *= 2;
        k++;
      }
      cur[x] = lmap[d];
    }
    int c = cmpPrefix(2 * half);
    if (c > 0) continue;
    if (i == D) {
      if (c < 0) { memcpy(best, cur, N); hasBest = 1; ties = 1; } else ties++;
      continue;
    }
    counts[i] = count;
    dims[i] = k;
    memcpy(spans[i], spans[i - 1], N);
    for (int s = 0; s < N; s++) if (spans[i - 1][s]) spans[i][s ^ v] = 1;
    level(i + 1);
  }
}

static void canon(void) {
  hasBest = 0;
  for (int c = 0; c < N; c++) {
    inner[0] = c; u0 = T[c]; cur[0] = 0;
    memset(lmaps[0], 255, N); lmaps[0][0] = 0;
    assigned[0][0] = 0; counts[0] = 1; dims[0] = 0;
    memset(spans[0], 0, N); spans[0][0] = 1;
    level(1);
  }
}

int main(int argc, char **argv) {
  int k = argc > 1 ? atoi(argv[1]) : 1000;
  uint32_t sum = 0;
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  for (int j = 0; j < k; j++) {
    uint32_t s = 1000 + j;
    for (int x = 0; x < N; x++) T[x] = x;
    for (int x = N - 1; x > 0; x--) { s = s * 1664525u + 1013904223u; int r = s % (x + 1); uint8_t t = T[x]; T[x] = T[r]; T[r] = t; }
    canon();
    for (int x = 0; x < N; x++) sum = sum * 31u + best[x];
  }
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("ms %.3f\nsum %u\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6, sum);
  return 0;
}
