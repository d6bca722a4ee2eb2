package org.tahqiq.index;

/**
 * Several independent LSH tables, each banded alike, chosen for <em>candidate recall</em>: a pair
 * is a candidate when it shares a band in at least one table, and each table indexes a signature
 * made with its own, independent hash seed.
 *
 * <h2>Miss probability</h2>
 *
 * With {@code L} tables of {@code b} bands of {@code r} rows, the components of MinHash signatures
 * of two sets of Jaccard similarity {@code s} agree independently with probability {@code s}, so
 * the pair is missed by all {@code L·b} bands with probability
 *
 * <pre>
 *   miss(s) = (1 − s^r)^(L·b)
 * </pre>
 *
 * and {@link #forRecall} picks, for a similarity {@code s*} that must be found and a largest miss
 * probability {@code δ}, the smallest {@code L = ⌈ ln δ / (b · ln(1 − s*^r)) ⌉} with {@code b = ⌊k
 * / r⌋} bands per table of {@code k}-component signatures. Among the row counts {@code r} for
 * which {@code L ≤ maxTables}, the largest wins: more rows make the S-curve steeper, so pairs well
 * below {@code s*} (the bulk of unrelated pairs) become candidates far less often — {@code 1 − (1 −
 * s^r)^(L·b) ≈ L·b·s^r} for small {@code s}. Because {@code miss} is decreasing in {@code s}, every
 * pair above {@code s*} is missed with probability at most {@code δ} too, whatever the seed.
 *
 * <p>Immutable value; thread-safe.
 *
 * @param tables number of independent tables, at least 1
 * @param perTable the banding of each table
 */
public record LshTables(int tables, LshParameters perTable) {

  /** Validates the configuration. */
  public LshTables {
    if (tables < 1) {
      throw new IllegalArgumentException("tables must be at least 1: " + tables);
    }
    java.util.Objects.requireNonNull(perTable, "perTable must not be null");
    if ((long) tables * perTable.bands() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("tables × bands overflows an int: " + tables + " × " + perTable.bands());
    }
  }

  /** One table with the given banding. */
  public static LshTables single(LshParameters parameters) {
    return new LshTables(1, parameters);
  }

  /**
   * The configuration that misses a pair of Jaccard similarity {@code similarity} with probability
   * at most {@code maxMissProbability}, with the largest row count that needs at most {@code
   * maxTables} tables of {@code componentsPerTable}-component signatures (see the class
   * documentation for the formula).
   *
   * @param similarity Jaccard similarity that must be found, in (0, 1]
   * @param maxMissProbability largest acceptable miss probability at that similarity, in (0, 1)
   * @param componentsPerTable components of each table's signatures, at least 1
   * @param maxTables largest number of tables, at least 1
   * @throws IllegalArgumentException if an argument is out of range, or if even one row per band
   *     needs more than {@code maxTables} tables
   */
  public static LshTables forRecall(
      double similarity, double maxMissProbability, int componentsPerTable, int maxTables) {
    if (!(similarity > 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity must be in (0, 1]: " + similarity);
    }
    if (!(maxMissProbability > 0 && maxMissProbability < 1)) {
      throw new IllegalArgumentException("maxMissProbability must be in (0, 1): " + maxMissProbability);
    }
    if (componentsPerTable < 1) {
      throw new IllegalArgumentException("componentsPerTable must be at least 1: " + componentsPerTable);
    }
    if (maxTables < 1) {
      throw new IllegalArgumentException("maxTables must be at least 1: " + maxTables);
    }
    LshTables best = null;
    for (int r = 1; r <= componentsPerTable; r++) {
      int b = componentsPerTable / r;
      double bandHit = Math.pow(similarity, r);
      long tables;
      if (bandHit >= 1.0) {
        tables = 1;
      } else {
        double bandsNeeded = Math.log(maxMissProbability) / Math.log1p(-bandHit);
        tables = Math.max(1, (long) Math.ceil(bandsNeeded / b - 1e-12));
      }
      if (tables <= maxTables) {
        best = new LshTables((int) tables, new LshParameters(b, r));
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("similarity " + similarity + " cannot be found with miss probability "
          + maxMissProbability + " in " + maxTables + " tables of " + componentsPerTable + " components");
    }
    return best;
  }

  /** Total number of bands over all tables. */
  public int totalBands() {
    return tables * perTable.bands();
  }

  /** Probability {@code (1 − s^r)^(L·b)} that a pair of Jaccard similarity {@code s} is no candidate. */
  public double missProbability(double s) {
    if (!(s >= 0.0 && s <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + s);
    }
    double bandMatch = Math.pow(s, perTable.rows());
    if (bandMatch >= 1.0) {
      return 0.0;
    }
    return Math.exp((double) totalBands() * Math.log1p(-bandMatch));
  }

  /** Probability that a pair of Jaccard similarity {@code s} is a candidate: {@code 1 − miss(s)}. */
  public double candidateProbability(double s) {
    if (!(s >= 0.0 && s <= 1.0)) {
      throw new IllegalArgumentException("similarity must be in [0, 1]: " + s);
    }
    double bandMatch = Math.pow(s, perTable.rows());
    if (bandMatch >= 1.0) {
      return 1.0;
    }
    return -Math.expm1((double) totalBands() * Math.log1p(-bandMatch));
  }
}
