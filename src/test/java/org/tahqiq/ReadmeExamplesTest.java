package org.tahqiq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;
import org.tahqiq.cluster.ClusteringResult;
import org.tahqiq.cluster.EventCluster;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.diff.Claim;
import org.tahqiq.diff.Fact;
import org.tahqiq.diff.FactDiff;
import org.tahqiq.diff.FactDiffReport;
import org.tahqiq.normalize.ArabicNormalizer;
import org.tahqiq.pipeline.ProcessedArticle;
import org.tahqiq.pipeline.TextPipeline;
import org.tahqiq.token.AnalyzedText;

/**
 * The Java examples of README.md: {@link #everyReadmeSnippetIsRunHere()} extracts every {@code
 * ```java} block from README.md itself and requires it to be, line for line, one of the blocks
 * between {@code // README:} markers in this file, which the other tests compile and run with
 * assertions on what the README says they do. A snippet edited in the README and not here (or the
 * reverse) fails.
 */
class ReadmeExamplesTest {
  private static final java.nio.file.Path README = java.nio.file.Path.of("README.md");
  private static final java.nio.file.Path SELF = java.nio.file.Path.of("src/test/java/org/tahqiq/ReadmeExamplesTest.java");

  /** The ```java blocks of the README, each without its fences. */
  static List<String> readmeSnippets() throws java.io.IOException {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder block = null;
    for (String line : java.nio.file.Files.readAllLines(README)) {
      if (block == null && line.strip().equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        out.add(block.toString().stripTrailing());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return out;
  }

  /** The blocks of this file between {@code // README: name} and {@code // README: end}, dedented. */
  static List<String> markedBlocks() throws java.io.IOException {
    List<String> out = new java.util.ArrayList<>();
    List<String> block = null;
    for (String line : java.nio.file.Files.readAllLines(SELF)) {
      String t = line.strip();
      if (t.equals("// README: end") && block != null) {
        int indent = block.stream().filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        out.add(String.join("\n", block.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList()).stripTrailing());
        block = null;
      } else if (t.startsWith("// README: ") && !t.contains("\"")) {
        block = new java.util.ArrayList<>();
      } else if (block != null) {
        block.add(line);
      }
    }
    return out;
  }

  @Test
  void everyReadmeSnippetIsRunHere() throws java.io.IOException {
    List<String> snippets = readmeSnippets();
    List<String> marked = markedBlocks();
    assertTrue(snippets.size() >= 5, "README.md has its Java examples: " + snippets.size());
    for (String snippet : snippets) {
      assertTrue(marked.contains(snippet), "README.md snippet is not run by ReadmeExamplesTest:\n" + snippet);
    }
    for (String block : marked) {
      assertTrue(snippets.contains(block), "ReadmeExamplesTest runs a block that README.md no longer shows:\n" + block);
    }
  }

  @Test
  void copies() {
    String wireStory = Seeds.text("002");
    // A republication: vocalised names, tatweel, ه for ة, and another site's "read also" tail.
    String republished = wireStory.replace("بوتين", "بُوتِين").replace("كيم", "كـيم").replace("ة ", "ه ")
        + "\n\nاقرأ أيضاً:\nخبر آخر لا علاقة له";
    // README: copies
    List<Article> articles = List.of(
        Article.of("agency-1", wireStory),
        Article.of("site-7", republished));
    DuplicateReport report = NearDuplicateDetector.defaults().detect(articles);
    for (DuplicateGroup group : report.groups()) {
      System.out.println(group.representative() + " <- " + group.members());
    }
    // README: end
    assertEquals(1, report.groups().size());
  }

  @Test
  void textPipeline() {
    Article article = Seeds.byPrefix("000");
    // README: pipeline
    ProcessedArticle processed = TextPipeline.defaults().process(article);
    processed.cleaned().removals()               // what the cleaner dropped, with raw offsets
        .forEach(r -> System.out.println(r.reason() + " " + r.raw()));
    String story = processed.normalized().text(); // folded text; every char maps to raw offsets
    int shingles = processed.shingles().size();   // 64-bit word 3-gram hashes
    AnalyzedText words = processed.analysis();    // tokens, stems, sentences: made once, on first use
    for (int i = 0; i < words.size(); i++) {
      System.out.println(words.type(i) + " " + words.word(i) + " → " + words.stem(i));
    }
    // README: end
    assertTrue(story.contains("كيم جونغ اون"));
    assertTrue(shingles > 100);
    assertTrue(words.size() > 100 && words.sentences().size() > 3, words.size() + " tokens");
    // README: normalize
    ArabicNormalizer normalizer = ArabicNormalizer.defaults();
    boolean same = normalizer.normalize("كيم جونغ أون").equals(normalizer.normalize("كيم جونغ اون"));
    // README: end
    assertTrue(same);
  }

  @Test
  void sameEvent() {
    List<Article> articles = Seeds.all();
    // README: same-event
    ClusteringResult events = EventClusterer.defaults().cluster(articles);
    for (EventCluster event : events.multiArticleClusters()) {
      System.out.println(event.id() + ": " + event.articles());
    }
    // README: end
    assertEquals(List.of("000", "001", "002"),
        events.clusters().get(0).articles().stream().map(id -> id.substring(0, 3)).toList());
  }

  @Test
  void disagreements() {
    List<Article> oneEvent = List.of(Seeds.byPrefix("000"), Seeds.byPrefix("001"), Seeds.byPrefix("002"));
    // README: disagreements
    FactDiffReport diff = FactDiff.defaults().diff(oneEvent);
    for (Fact conflict : diff.conflicts()) {       // conflicts first, most confident first
      System.out.println(conflict.conflictKind().orElseThrow() + " about " + conflict.subject());
      for (Claim claim : conflict.claims()) {      // each side, with its evidence
        System.out.println("  " + claim.article() + ": " + claim.value() + " — " + claim.sentence());
      }
    }
    // README: end
    assertEquals(2, diff.conflicts().size());
  }
}
