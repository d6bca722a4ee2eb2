package org.tahqiq.cli;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.dedup.DuplicateGroup;
import org.tahqiq.dedup.DuplicateReport;
import org.tahqiq.dedup.DuplicateStream;
import org.tahqiq.dedup.NearDuplicateDetector;
import org.tahqiq.format.FormatException;

/**
 * {@code dedup --archive DIR}: the {@link DuplicateStream} of earlier runs, loaded from {@code
 * DIR/dedup.tqds}, continued with today's input and saved back with the retention applied. Without
 * {@code --archive}, a fresh stream that is never saved. Not thread-safe apart from {@link
 * #isArchived} (read-only after opening).
 */
final class DedupArchive implements AutoCloseable {
  static final String STATE = "dedup.tqds";

  private final ArchiveOptions options;
  private final Archive archive; // null without --archive
  private final NearDuplicateDetector detector;
  private final DuplicateStream stream;
  private final Set<String> archived;

  private DedupArchive(ArchiveOptions options, Archive archive, NearDuplicateDetector detector, DuplicateStream stream) {
    this.options = options;
    this.archive = archive;
    this.detector = detector;
    this.stream = stream;
    this.archived = new HashSet<>(stream.articleIds());
  }

  /** The archive could not be opened; the reason was printed, {@link #exit} is the status. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final int exit;

    Failed(int exit) {
      super(null, null, false, false);
      this.exit = exit;
    }
  }

  /** Opens, locks and loads the archive of {@code options}, or a fresh stream without one. */
  static DedupArchive open(ArchiveOptions options, NearDuplicateDetector detector, Io io) throws Failed {
    if (options == null || options.dir == null) {
      return new DedupArchive(options, null, detector, detector.newStream());
    }
    Archive archive = ArchiveFailures.open(options.dir, io);
    try {
      DuplicateStream stream = archive.load(STATE, (in, source) -> DuplicateStream.readFrom(in, source, detector))
          .orElseGet(detector::newStream);
      return new DedupArchive(options, archive, detector, stream);
    } catch (IOException e) {
      ArchiveFailures.closeQuietly(archive);
      throw new Failed(ArchiveFailures.reportLoad(io, archive.file(STATE), e));
    }
  }

  DuplicateStream stream() {
    return stream;
  }

  boolean enabled() {
    return archive != null;
  }

  /** Whether {@code id} was loaded from the archive. */
  boolean isArchived(String id) {
    return archived.contains(id);
  }

  /** The groups to print: all without an archive; with one, those with a member from today. */
  List<DuplicateGroup> groupsToPrint(DuplicateReport report) {
    if (archive == null) {
      return report.groups();
    }
    return report.groups().stream().filter(g -> g.members().stream().anyMatch(m -> !archived.contains(m))).toList();
  }

  /** The members of {@code group} loaded from the archive, in the group's order. */
  List<String> archivedMembers(DuplicateGroup group) {
    return group.members().stream().filter(archived::contains).toList();
  }

  /**
   * Saves the state when the run wrote its output ({@code exit} is not {@link ExitCode#IO_FAILURE}):
   * returns {@code exit}, or {@link ExitCode#IO_FAILURE} with the path and reason if the save fails.
   */
  int saveAfter(int exit, Io io) {
    if (archive == null || exit == ExitCode.IO_FAILURE) {
      return exit;
    }
    Optional<LocalDateTime> keepFrom = options.retain == null ? Optional.empty()
        : stream.newestPublished().map(t -> t.minus(options.retain));
    try {
      archive.save(STATE, out -> stream.writeTo(out, keepFrom.orElse(null)));
    } catch (IOException e) {
      return WriteFailure.report(io, archive.file(STATE).toString(), e);
    }
    return exit;
  }

  @Override
  public void close() {
    ArchiveFailures.closeQuietly(archive);
  }

  /** Opening and loading failures of an archive, reported with the path and what to do. */
  static final class ArchiveFailures {
    private ArchiveFailures() {}

    static Archive open(java.nio.file.Path dir, Io io) throws Failed {
      try {
        return Archive.open(dir);
      } catch (Archive.Locked e) {
        io.err().println("tahqiq: " + e.getMessage());
        io.err().flush();
        throw new Failed(ExitCode.IO_FAILURE);
      } catch (IOException e) {
        throw new Failed(WriteFailure.report(io, dir.toString(), e));
      }
    }

    static int reportLoad(Io io, java.nio.file.Path file, IOException e) {
      if (e instanceof FormatException) {
        io.err().println("tahqiq: corrupt or incompatible archive: " + e.getMessage());
        io.err().println("tahqiq: nothing was changed. Restore " + file + " from a backup, or move it"
            + " away to start a new archive (the next run then sees only its own input)");
      } else {
        io.err().println("tahqiq: cannot read " + file + ": " + WriteFailure.reason(e));
      }
      io.err().flush();
      return ExitCode.IO_FAILURE;
    }

    static void closeQuietly(Archive archive) {
      if (archive != null) {
        try {
          archive.close();
        } catch (IOException e) {
          // the OS releases the lock at exit anyway
        }
      }
    }
  }
}
