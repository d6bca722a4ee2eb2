package org.tahqiq.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --archive DIR} and {@code --retain AGE} of {@code dedup} and {@code analyze}. */
final class ArchiveOptions {
  @Option(names = "--archive", paramLabel = "DIR",
      description = "Keep state across runs in DIR (created if absent): load what earlier runs saved,"
          + " add today's input, print today's results with archived members marked, save atomically."
          + " A second run on the same DIR at the same time exits with a message (exit 3).")
  Path dir;

  @Option(names = "--retain", paramLabel = "AGE", converter = AgeConverter.class,
      description = "With --archive: keep only articles published at most AGE before the newest one"
          + " seen (e.g. 30d, 12h, 2w); articles without publication time are kept. Default: keep all.")
  Duration retain;

  /** {@code 30d}, {@code 12h}, {@code 2w}, {@code 90m}: a positive number and a unit. */
  static final class AgeConverter implements ITypeConverter<Duration> {
    private static final Pattern AGE = Pattern.compile("([1-9][0-9]{0,5})([mhdw])");

    @Override
    public Duration convert(String value) {
      Matcher m = AGE.matcher(value.trim().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + value + "' is not an age such as 30d, 12h, 2w or 90m");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofDays(7 * n);
      };
    }
  }
}
