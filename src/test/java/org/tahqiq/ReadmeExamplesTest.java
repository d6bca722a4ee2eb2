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

/**
 * The Java examples of README.md, verbatim between the {@code // README:} markers, so that they
 * compile and do what the README says.
 */
class ReadmeExamplesTest {

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
    // README: end
    assertTrue(story.contains("كيم جونغ اون"));
    assertTrue(shingles > 100);
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
