package org.tahqiq.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The words of the HTML report, from {@code org/tahqiq/report/labels.properties} (UTF-8), which
 * callers may override key by key. Immutable.
 */
final class Labels {
  private static final String RESOURCE = "labels.properties";

  private final Map<String, String> values;

  private Labels(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  static Labels defaults() {
    try (InputStream in = Labels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/tahqiq/report/" + RESOURCE);
      }
      return new Labels(Map.of()).with(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/tahqiq/report/" + RESOURCE, e);
    }
  }

  /** These labels with the entries of a properties file replacing those of the same key. */
  Labels with(Reader properties) throws IOException {
    Properties p = new Properties();
    p.load(properties);
    Map<String, String> merged = new HashMap<>(values);
    p.stringPropertyNames().forEach(k -> merged.put(k, p.getProperty(k)));
    return new Labels(merged);
  }

  /** The label of {@code key}; a missing key is a bug in the report or in an override file. */
  String get(String key) {
    return Objects.requireNonNull(values.get(key), () -> "no report label '" + key + "'");
  }
}
