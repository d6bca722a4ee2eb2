package org.tahqiq.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.text.MappedText;

/**
 * The conformance suite {@code conformance.tsv}: Arabic time and number expressions (MSA and the
 * Egyptian, Levantine and Gulf forms of news) with the normalized value and grain an Arabic reader
 * gives them, for an article published Tuesday 2013-02-12 04:30. Rows marked {@code gap} are known
 * failures, listed in the README: each must still fail (so the list stays true), all others must
 * pass, and together at least 95 % pass.
 */
class ConformanceTest {

  static final LocalDateTime REFERENCE = LocalDateTime.of(2013, 2, 12, 4, 30);

  /** One row: the expression, the expected value part, grain (times) or kind[:unit] (quantities). */
  record Case(int line, String expression, String expected, String grainOrKind, String flags, boolean gap) {
    boolean time() {
      return expected.contains("/") || expected.startsWith("--") || expected.startsWith("relative:");
    }

    @Override
    public String toString() {
      return line + ": " + expression;
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    try (InputStream in = ConformanceTest.class.getResourceAsStream("conformance.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalStateException("conformance.tsv line " + n + ": fewer than 3 fields");
        }
        String flags = f.length > 3 ? f[3].strip() : "";
        boolean gap = f.length > 4 && f[4].strip().equals("gap");
        out.add(new Case(n, f[0].strip(), f[1].strip(), f[2].strip(), flags.equals("-") ? "" : flags, gap));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Stream<Case> rows() {
    return cases().stream();
  }

  /** What the extractor made of the expression, in the suite's terms; {@code null} if nothing. */
  static String actual(Case c) {
    MappedText norm = ArabicNormalizer.defaults().normalize(MappedText.identity(c.expression()));
    ExtractedFacts f = FactExtractor.defaults().extract(norm, Optional.of(REFERENCE));
    if (c.time()) {
      if (f.times().isEmpty()) {
        return null;
      }
      TimeMention m = f.times().get(0);
      String flags = String.join(",", m.flags().stream().map(x -> x.name().toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
      return NormalizedForm.value(m.value()) + "\t"
          + NormalizedForm.granularity(m.value()).name().toLowerCase(Locale.ROOT) + "\t" + flags;
    }
    if (f.quantities().isEmpty()) {
      return null;
    }
    QuantityValue q = f.quantities().get(0).value();
    String kind = q.kind().name().toLowerCase(Locale.ROOT) + (q.unit().isEmpty() ? "" : ":" + q.unit());
    return NormalizedForm.range(q) + "\t" + kind + "\t"
        + (f.quantities().get(0).has(ValueFlag.OUT_OF_RANGE) ? "out_of_range" : "");
  }

  static String expected(Case c) {
    return c.expected() + "\t" + c.grainOrKind() + "\t" + c.flags();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Case c) {
    String actual = actual(c);
    if (c.gap()) {
      assertTrue(!expected(c).equals(actual),
          () -> c + " is listed as a known gap but passes: remove 'gap' (and its README line)");
    } else {
      assertEquals(expected(c), actual, c::toString);
    }
  }

  /** Every normalized form the suite produces matches the pattern documented in docs/schema. */
  @Test
  void normalizedFormsMatchTheSchema() throws IOException {
    tools.jackson.databind.JsonNode defs = tools.jackson.databind.json.JsonMapper.builder().build()
        .readTree(java.nio.file.Files.readString(java.nio.file.Path.of("docs/schema/common.schema.json")))
        .get("$defs");
    java.util.regex.Pattern time = java.util.regex.Pattern.compile(defs.get("timeNormalized").get("pattern").asText());
    java.util.regex.Pattern quantity =
        java.util.regex.Pattern.compile(defs.get("quantityNormalized").get("pattern").asText());
    int checked = 0;
    for (Case c : cases()) {
      MappedText norm = ArabicNormalizer.defaults().normalize(MappedText.identity(c.expression()));
      ExtractedFacts f = FactExtractor.defaults().extract(norm, Optional.of(REFERENCE));
      for (TimeMention m : f.times()) {
        assertTrue(time.matcher(m.normalized()).matches(), m.normalized());
        checked++;
      }
      for (QuantityMention m : f.quantities()) {
        assertTrue(quantity.matcher(m.normalized()).matches(), m.normalized());
        checked++;
      }
    }
    assertTrue(checked >= 300, "checked " + checked);
  }

  @Test
  void passRateAndSize() {
    List<Case> all = cases();
    long pass = all.stream().filter(c -> expected(c).equals(actual(c))).count();
    assertTrue(all.size() >= 250, "suite has " + all.size() + " rows");
    assertTrue(pass >= 0.95 * all.size(), pass + " of " + all.size() + " pass");
  }
}
