package org.tahqiq.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tahqiq.Seeds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed report in a real browser: headless Chromium loads it with a probe script appended (the
 * report itself has none), which measures the rendered page — direction, layout of the sources,
 * order of the facts, resolution of every evidence link — and writes its findings into the DOM that
 * {@code --dump-dom} prints.
 *
 * <p>Skipped, with a message, when no Chromium is installed; CI ({@code .ci/run}) installs it.
 */
class HtmlReportChromiumTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String PROBE = """
      <script>
      (function () {
        const r = {};
        r.direction = getComputedStyle(document.body).direction;
        r.lang = document.documentElement.lang;
        const events = Array.from(document.querySelectorAll('section.event'));
        r.events = events.length;
        r.firstOutcomes = events.map(e => {
          const row = e.querySelector('table.facts tbody tr');
          return row ? row.dataset.outcome : null;
        });
        r.conflictAfterOther = events.some(e => {
          const rows = Array.from(e.querySelectorAll('table.facts tr.fact'));
          const firstOther = rows.findIndex(x => x.dataset.outcome !== 'CONFLICT');
          return firstOther >= 0 && rows.slice(firstOther).some(x => x.dataset.outcome === 'CONFLICT');
        });
        const links = Array.from(document.querySelectorAll('a[href^="#ev-"]'));
        r.links = links.length;
        r.dangling = links.filter(a => {
          const t = document.getElementById(a.getAttribute('href').substring(1));
          return !t || t.tagName !== 'MARK';
        }).length;
        r.conflictMarks = Array.from(document.querySelectorAll('mark.CONFLICT')).map(m => m.textContent);
        r.conflictMarkBackground = document.querySelector('mark.CONFLICT')
            ? getComputedStyle(document.querySelector('mark.CONFLICT')).backgroundColor : null;
        const sources = Array.from(events[0].querySelectorAll('article.source')).map(s => s.getBoundingClientRect());
        r.sources = sources.length;
        r.sideBySide = sources.every(b => Math.abs(b.top - sources[0].top) < 2);
        r.firstSourceRightmost = sources.every(b => b.right <= sources[0].right + 1) && sources[0].left > sources[sources.length - 1].left;
        const pre = document.createElement('pre');
        pre.id = 'probe';
        pre.textContent = JSON.stringify(r);
        document.body.appendChild(pre);
      })();
      </script>
      """;

  @TempDir Path dir;

  static Optional<Path> chromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
          .map(p -> Path.of(p, name)).filter(Files::isExecutable).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Chromium's command line: headless, sandbox off (CI runs as root), no network, own profile. */
  static List<String> command(Path chromium, Path profile, String... args) {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void seedReportRendersRightToLeftWithConflictsFirstAndLinkedEvidence() throws Exception {
    Optional<Path> chromium = chromium();
    Assumptions.assumeTrue(chromium.isPresent(),
        "Chromium not installed: skipping the browser test (CI installs it: apt-get install chromium)");
    String html = HtmlReport.defaults().render(NewsAnalysis.defaults().analyze(Seeds.all()));
    Path page = dir.resolve("report.html");
    Files.writeString(page, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

    Process p = new ProcessBuilder(command(chromium.get(), dir.resolve("profile"),
        "--window-size=1280,1600", "--dump-dom", page.toUri().toString()))
        .redirectError(dir.resolve("chromium.log").toFile()).start();
    byte[] dom = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
    String rendered = new String(dom, StandardCharsets.UTF_8);
    int at = rendered.indexOf("<pre id=\"probe\">");
    assertTrue(at >= 0, () -> "no probe result in the DOM; chromium said: " + log());
    String json = rendered.substring(at + "<pre id=\"probe\">".length(), rendered.indexOf("</pre>", at))
        .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    JsonNode r = JSON.readTree(json);

    assertEquals("rtl", r.get("direction").stringValue());
    assertEquals("ar", r.get("lang").stringValue());
    assertEquals(2, r.get("events").asInt());
    assertEquals("CONFLICT", r.get("firstOutcomes").get(0).stringValue(), "conflicts first");
    assertTrue(!r.get("conflictAfterOther").asBoolean(), "no conflict below another outcome");
    assertTrue(r.get("links").asInt() > 20);
    assertEquals(0, r.get("dangling").asInt(), "every evidence link resolves to a mark");
    List<String> marks = r.get("conflictMarks").valueStream().map(JsonNode::stringValue).toList();
    assertTrue(marks.contains("كيم جونج إيل") && marks.contains("كيم إيل سونغ"), marks.toString());
    assertTrue(!r.get("conflictMarkBackground").stringValue().equals("rgba(0, 0, 0, 0)"), "conflicts highlighted");
    assertEquals(3, r.get("sources").asInt());
    assertTrue(r.get("sideBySide").asBoolean(), "sources side by side");
    assertTrue(r.get("firstSourceRightmost").asBoolean(), "first source on the right (RTL)");
  }

  private String log() {
    try {
      return Files.readString(dir.resolve("chromium.log"));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
