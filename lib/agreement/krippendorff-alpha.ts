/**
 * Krippendorff's alpha reliability coefficient for a reliability data matrix with missing values,
 * nominal and ordinal metrics.
 *
 * Source: K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011). Coincidence-matrix
 * formulation: o_ck = sum_u (number of c-k pairs in u) / (m_u - 1), marginals n_c, n = sum n_c,
 * alpha = 1 - (n - 1) * sum o_ck delta_ck / sum n_c n_k delta_ck. Nominal delta_ck = [c != k];
 * ordinal delta_ck = (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2 over the pairable marginals n_g.
 */

export type AlphaMetric = "nominal" | "ordinal";

export type AlphaOptions = { metric: "nominal" } | { metric: "ordinal"; order: readonly string[] };

/** alpha is null (with a human-readable reason) when the data cannot support a coefficient. */
export type AlphaResult = {
  alpha: number | null;
  reason: string | null;
  pairableUnits: number;
  pairableValues: number;
};

const NO_PAIRABLE_UNIT_REASON = "No unit has two or more values.";
const NO_VARIATION_REASON = "All values are the same: agreement cannot be told from chance.";

/**
 * units[u] = the values the coders gave unit u; null/undefined = that coder gave none.
 * Units with fewer than two values are not pairable and are ignored. For the ordinal metric,
 * values not in `order` are treated as missing before pairability is decided.
 */
export function krippendorffAlpha(
  units: readonly (readonly (string | null | undefined)[])[],
  options: AlphaOptions,
): AlphaResult {
  let rank: Map<string, number> | null = null;
  if (options.metric === "ordinal") {
    rank = new Map();
    for (const [i, value] of options.order.entries()) if (!rank.has(value)) rank.set(value, i);
  }

  // Distinct pairable values, each given a dense index; per-unit counts of each index.
  const index = new Map<string, number>();
  const unitCounts: Map<number, number>[] = [];
  let pairableValues = 0;
  for (const unit of units) {
    const present = unit.filter(
      (v): v is string => typeof v === "string" && (rank === null || rank.has(v)),
    );
    if (present.length < 2) continue;
    pairableValues += present.length;
    const counts = new Map<number, number>();
    for (const value of present) {
      let i = index.get(value);
      if (i === undefined) {
        i = index.size;
        index.set(value, i);
      }
      counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    unitCounts.push(counts);
  }

  const pairableUnits = unitCounts.length;
  if (pairableUnits === 0) {
    return { alpha: null, reason: NO_PAIRABLE_UNIT_REASON, pairableUnits: 0, pairableValues: 0 };
  }

  // Coincidence matrix: o_ck += n_uc * (n_uk - [c = k]) / (m_u - 1).
  const size = index.size;
  const o: number[][] = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const counts of unitCounts) {
    let m = 0;
    for (const count of counts.values()) m += count;
    for (const [c, nc] of counts) {
      const row = o[c] ?? [];
      for (const [k, nk] of counts) row[k] = (row[k] ?? 0) + (nc * (c === k ? nk - 1 : nk)) / (m - 1);
    }
  }
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = pairableValues;

  const delta = deltaFunction(options.metric, index, rank, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += (o[c]?.[k] ?? 0) * d;
      expected += (marginals[c] ?? 0) * (marginals[k] ?? 0) * d;
    }
  }

  if (expected === 0) return { alpha: null, reason: NO_VARIATION_REASON, pairableUnits, pairableValues };
  return { alpha: 1 - ((n - 1) * observed) / expected, reason: null, pairableUnits, pairableValues };
}

/** Squared difference delta^2_ck between value indices c and k. */
function deltaFunction(
  metric: AlphaMetric,
  index: ReadonlyMap<string, number>,
  rank: ReadonlyMap<string, number> | null,
  marginals: readonly number[],
): (c: number, k: number) => number {
  if (metric === "nominal" || rank === null) return (c, k) => (c === k ? 0 : 1);
  // Observed values in rank order; values of `order` never observed have n_g = 0 and add nothing.
  const sorted = [...index.entries()]
    .sort(([a], [b]) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .map(([, i]) => i);
  const position = new Array<number>(sorted.length).fill(0);
  const cumulative = [0]; // cumulative[p] = sum of n_g over the first p values in rank order
  for (const [p, i] of sorted.entries()) {
    position[i] = p;
    cumulative.push((cumulative[p] ?? 0) + (marginals[i] ?? 0));
  }
  return (c, k) => {
    if (c === k) return 0;
    const lo = Math.min(position[c] ?? 0, position[k] ?? 0);
    const hi = Math.max(position[c] ?? 0, position[k] ?? 0);
    const between = (cumulative[hi + 1] ?? 0) - (cumulative[lo] ?? 0);
    const d = between - ((marginals[c] ?? 0) + (marginals[k] ?? 0)) / 2;
    return d * d;
  };
}
