package org.tahqiq.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tahqiq.text.MappedText;
import org.tahqiq.text.TextSpan;
import org.tahqiq.token.SentenceBoundaries;

/**
 * Cuts a (normalized) article into {@link Sentence}s by the text core's sentence rule, {@link
 * SentenceBoundaries} (at {@code . ! ? ؟ ؛ …} and at line breaks, never inside a decimal), giving
 * each its index and raw text.
 *
 * <p>Stateless; thread-safe.
 */
public final class SentenceSplitter {

  private static final SentenceSplitter INSTANCE = new SentenceSplitter();

  private SentenceSplitter() {}

  /** The splitter. */
  public static SentenceSplitter instance() {
    return INSTANCE;
  }

  /** The sentences of {@code text}, in order, indexed from 0; empty for a text without words. */
  public List<Sentence> split(MappedText text) {
    Objects.requireNonNull(text, "text must not be null");
    return sentences(text, SentenceBoundaries.of(text));
  }

  /** The sentences of {@code text} at {@code spans}, its {@linkplain SentenceBoundaries sentence spans}. */
  static List<Sentence> sentences(MappedText text, List<TextSpan> spans) {
    List<Sentence> out = new ArrayList<>(spans.size());
    String raw = text.raw();
    for (TextSpan span : spans) {
      TextSpan rawSpan = text.rawSpan(span.start(), span.end());
      out.add(new Sentence(out.size(), span, rawSpan, rawSpan.of(raw)));
    }
    return out;
  }
}
