package org.tahqiq.spark;

import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for running without a cluster ({@code --master local[N]}), as the command line
 * and the tests make them: bound to the loopback interface, no web UI, nothing fetched from the
 * network, shuffle partitions sized for one machine. On a cluster, {@code spark-submit} provides
 * the session and these settings are not used. Stateless; thread-safe.
 */
public final class LocalSessions {
  /** Shuffle partitions per local core: small jobs stay quick, large ones spread. */
  static final int SHUFFLE_PARTITIONS_PER_CORE = 4;

  private LocalSessions() {}

  /** A session for {@code master} ({@code local}, {@code local[2]}, {@code local[*]}). */
  public static SparkSession create(String master, String appName) {
    Objects.requireNonNull(master, "master must not be null");
    int cores = cores(master);
    SparkSession session = SparkSession.builder()
        .appName(Objects.requireNonNull(appName, "appName must not be null"))
        .master(master)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(cores * SHUFFLE_PARTITIONS_PER_CORE))
        .config("spark.default.parallelism", String.valueOf(cores * SHUFFLE_PARTITIONS_PER_CORE))
        .getOrCreate();
    session.sparkContext().setLogLevel("WARN");
    return session;
  }

  /** Cores of a local master URL: {@code local} 1, {@code local[N]} N, {@code local[*]} all. */
  static int cores(String master) {
    if (master.startsWith("local[") && master.endsWith("]")) {
      String n = master.substring("local[".length(), master.length() - 1);
      int comma = n.indexOf(',');
      if (comma >= 0) {
        n = n.substring(0, comma);
      }
      if (n.equals("*")) {
        return Runtime.getRuntime().availableProcessors();
      }
      try {
        return Math.max(1, Integer.parseInt(n.trim()));
      } catch (NumberFormatException e) {
        return 1;
      }
    }
    return 1;
  }
}
