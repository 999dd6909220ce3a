/*
 * The reference for the FWHT benchmark: the plain in-place Walsh-Hadamard butterfly loop on
 * 32-bit integers, the same transform as src/core/fwht.ts, compiled with gcc -O3.
 * Usage: fwht LOG2_SIZE RUNS  -> prints one line per run: "ms <milliseconds>", then "check <sum>".
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void fwht(int32_t *a, size_t size) {
  for (size_t h = 1; h < size; h <<= 1) {
    for (size_t i = 0; i < size; i += h << 1) {
      for (size_t j = i; j < i + h; j++) {
        int32_t x = a[j];
        int32_t y = a[j + h];
        a[j] = x + y;
        a[j + h] = x - y;
      }
    }
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
  if (n < 1 || n > 26 || runs < 1) return 2;
  size_t size = (size_t)1 << n;
  int32_t *a = malloc(size * sizeof(int32_t));
  if (!a) return 1;
  int64_t check = 0;
  uint32_t state = 12345u;
  for (int r = 0; r < runs; r++) {
    /* +-1 values from a small linear congruential generator: a Boolean function's table. */
    for (size_t i = 0; i < size; i++) {
      state = state * 1664525u + 1013904223u;
      a[i] = (state >> 31) ? -1 : 1;
    }
    double t0 = now_ms();
    fwht(a, size);
    double t1 = now_ms();
    printf("ms %.4f\n", t1 - t0);
    check += a[r % size];
  }
  printf("check %lld\n", (long long)check);
  free(a);
  return 0;
}
