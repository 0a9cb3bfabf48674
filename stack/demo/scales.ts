/** Sizes of the demo data sets. Dossiers ≈ 52% of orders (the paid and refunded ones). */
export interface DemoScale {
  orders: number;
  customers: number;
  /** payment links nobody paid (active, expired or cancelled), on top of one link per order */
  extraLinks: number;
  /** generated agents per role, on top of the demo accounts of supabase/seed.sql */
  agents: number;
  reviewers: number;
  managers: number;
  /** how far back in time the data goes */
  days: number;
}

export const DEMO_SCALES = {
  small: { orders: 240, customers: 150, extraLinks: 40, agents: 3, reviewers: 2, managers: 2, days: 120 },
  medium: { orders: 20_000, customers: 12_000, extraLinks: 2_000, agents: 12, reviewers: 3, managers: 2, days: 365 },
  large: { orders: 120_000, customers: 70_000, extraLinks: 12_000, agents: 30, reviewers: 6, managers: 3, days: 730 },
} as const satisfies Record<string, DemoScale>;

export type DemoScaleName = keyof typeof DEMO_SCALES;

export const isDemoScaleName = (value: string): value is DemoScaleName => Object.hasOwn(DEMO_SCALES, value);
