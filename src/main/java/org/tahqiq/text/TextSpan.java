package org.tahqiq.text;

/**
 * A half-open range {@code [start, end)} of char offsets (UTF-16 code units) in some text; which
 * text is said by whoever returns it. Immutable.
 *
 * @param start first char, inclusive, {@code >= 0}
 * @param end   one past the last char, {@code >= start}
 */
public record TextSpan(int start, int end) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether this span covers no char. */
  public boolean isEmpty() {
    return start == end;
  }

  /** The covered chars of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
