/** Command-line arguments of `npm run seed:demo`. */
import { parseArgs } from 'node:util';
import { DEMO_SCALES, isDemoScaleName, type DemoScaleName } from './scales';

export interface SeedDemoArgs {
  scale: DemoScaleName;
  dbUrl?: string;
  anchor?: Date;
  help: boolean;
}

export const SEED_DEMO_USAGE = `Usage: npm run seed:demo -- [--scale small|medium|large] [--db-url URL] [--anchor ISO-DATE]

  --scale    data set size (default small): ${Object.entries(DEMO_SCALES)
    .map(([name, s]) => `${name} = ${s.orders} orders`)
    .join(', ')}
  --db-url   PostgreSQL URL of a superuser (default: the local stack's database)
  --anchor   the "now" of the generated history (default: today 00:00 UTC); same anchor, same data`;

/** Throws an Error with a clear message on bad input. */
export function parseSeedDemoArgs(argv: string[]): SeedDemoArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      'db-url': { type: 'string' },
      anchor: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new Error(`Unexpected argument "${positionals[0]}"`);
  const scale = values.scale ?? 'small';
  if (!isDemoScaleName(scale)) {
    throw new Error(`--scale must be one of ${Object.keys(DEMO_SCALES).join(', ')}, got "${scale}"`);
  }
  const dbUrl = values['db-url'];
  if (dbUrl !== undefined && !/^postgres(ql)?:\/\/\S+$/.test(dbUrl)) {
    throw new Error(`--db-url must be a postgresql:// URL, got "${dbUrl}"`);
  }
  let anchor: Date | undefined;
  if (values.anchor !== undefined) {
    anchor = new Date(values.anchor);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.anchor) || Number.isNaN(anchor.getTime())) {
      throw new Error(`--anchor must be an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z, got "${values.anchor}"`);
    }
  }
  return { scale, dbUrl, anchor, help: values.help ?? false };
}
