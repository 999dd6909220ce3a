/** The help text. */
export const VERSION = 'cubecheck 0.1.0';

export function usage(): string {
  return `${VERSION}: check claims about Boolean functions exactly

Usage:
  cubecheck analyze <function> [--n N] [--json]      Fourier-Walsh spectrum, degrees, ANF, measures
  cubecheck analyze --stdin                          one function per line -> one JSON object per line
  cubecheck map <f1; f2; ...> | perm:i0,i1,... [--n N] [--json] [--stdin]
                                                     a map C_n -> C_m: bijectivity, inverse, degrees

Functions: expressions over x1..xn (+ - * ^, 1/2, not and or xor maj ite sgn chi(1,3) thr(k; ...)),
or tables tt:+--+, hex:6, vals:1/2,0,0,-1. Point i: bit j of i is variable x(j+1), bit 1 means -1.

Exit codes: 0 success, 2 bad input (one line on stderr).
`;
}
