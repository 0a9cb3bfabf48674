/** Parses Go duration strings (time.ParseDuration) as GoTrue's ban_duration uses them, e.g. "876000h", "1h30m". */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds, or an Error describing what is wrong (GoTrue reports it as 400). */
export function parseGoDuration(input: string): number | Error {
  const invalid = () => new Error(`time: invalid duration "${input}"`);
  let rest = input;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return invalid();
  let total = 0;
  const part = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/;
  while (rest.length > 0) {
    const match = part.exec(rest);
    if (!match) {
      return /^(\d+(?:\.\d*)?|\.\d+)$/.test(rest) ? new Error(`time: missing unit in duration "${input}"`) : invalid();
    }
    total += Number(match[1]) * UNIT_MS[match[2]];
    rest = rest.slice(match[0].length);
  }
  return sign * total;
}
