package org.tahqiq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tahqiq.cluster.EventClusterer;
import org.tahqiq.cluster.EventStream;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;

/**
 * The state files of the commands that take {@code --archive}: {@value #DEDUP} of {@code dedup}
 * (a {@link DuplicateStream}, format TQDS) and {@value #ANALYZE} of {@code analyze} (its duplicate
 * stream then its {@link EventStream}, formats TQDS and TQES back to back in one file, so that one
 * atomic rename saves both). Stateless.
 */
final class StateFiles {
  /** The state file of {@code dedup --archive}. */
  static final String DEDUP = "dedup.tqds";
  /** The state file of {@code analyze --archive}. */
  static final String ANALYZE = "analyze.tqds-tqes";

  private StateFiles() {}

  /** What {@code analyze --archive} keeps: its near-duplicate stream and its event stream. */
  record Analysis(DuplicateStream duplicates, EventStream events) {}

  /** The state of {@code dedup} with {@code detector}. */
  static ArchivedState.StateFile<DuplicateStream> dedup(NearDuplicateDetector detector) {
    return new ArchivedState.StateFile<>() {
      @Override
      public String name() {
        return DEDUP;
      }

      @Override
      public DuplicateStream fresh() {
        return detector.newStream();
      }

      @Override
      public DuplicateStream read(InputStream in, String source) throws IOException {
        return DuplicateStream.readFrom(in, source, detector);
      }

      @Override
      public void write(DuplicateStream state, OutputStream out, LocalDateTime keepFrom) throws IOException {
        state.writeTo(out, keepFrom);
      }

      @Override
      public List<String> heldIds(DuplicateStream state) {
        return state.articleIds();
      }

      @Override
      public Optional<LocalDateTime> newestPublished(DuplicateStream state) {
        return state.newestPublished();
      }
    };
  }

  /** The state of {@code analyze} with {@code detector} and {@code clusterer}. */
  static ArchivedState.StateFile<Analysis> analysis(NearDuplicateDetector detector, EventClusterer clusterer) {
    ArchivedState.StateFile<DuplicateStream> duplicates = dedup(detector);
    return new ArchivedState.StateFile<>() {
      @Override
      public String name() {
        return ANALYZE;
      }

      @Override
      public Analysis fresh() {
        return new Analysis(detector.newStream(), clusterer.newStream());
      }

      @Override
      public Analysis read(InputStream in, String source) throws IOException {
        // Each reader consumes exactly its state's bytes, so the second starts where the first ends.
        DuplicateStream d = duplicates.read(in, source);
        return new Analysis(d, EventStream.readFrom(in, source, clusterer));
      }

      @Override
      public void write(Analysis state, OutputStream out, LocalDateTime keepFrom) throws IOException {
        duplicates.write(state.duplicates(), out, keepFrom);
        state.events().writeTo(out, keepFrom);
      }

      @Override
      public List<String> heldIds(Analysis state) {
        List<String> ids = new ArrayList<>(state.duplicates().articleIds());
        ids.addAll(state.events().articleIds());
        return ids;
      }

      @Override
      public Optional<LocalDateTime> newestPublished(Analysis state) {
        return Stream.of(state.duplicates().newestPublished(), state.events().newestPublished())
            .flatMap(Optional::stream).max(LocalDateTime::compareTo);
      }
    };
  }
}
