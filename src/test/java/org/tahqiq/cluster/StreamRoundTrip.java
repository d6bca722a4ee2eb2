package org.tahqiq.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.tahqiq.article.Article;

/** The check that a rule's per-article evidence survives the stream and its saved state. */
final class StreamRoundTrip {
  private StreamRoundTrip() {}

  /**
   * Asserts that {@code articles} added one by one in reverse order cluster as the batch, and that
   * the stream written and read back (no text left to extract the evidence again) still does;
   * {@code what} names the evidence the state must hold.
   */
  static void assertStreamAndRestoredEqualBatch(EventClusterer c, List<Article> articles, String what)
      throws IOException {
    EventStream stream = c.newStream();
    for (int i = articles.size() - 1; i >= 0; i--) {
      stream.add(articles.get(i));
    }
    ClusteringResult batch = c.cluster(articles);
    assertEquals(batch, stream.result(), "one by one, in another order, as the batch");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    stream.writeTo(out);
    EventStream restored = EventStream.readFrom(new ByteArrayInputStream(out.toByteArray()), "s.tqes", c);
    assertEquals(batch, restored.result(), "the state holds each article's " + what);
  }
}
