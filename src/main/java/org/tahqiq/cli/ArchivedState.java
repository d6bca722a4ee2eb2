package org.tahqiq.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tahqiq.format.FormatException;

/**
 * The state of {@code dedup --archive DIR} or {@code analyze --archive DIR} for one run: the
 * archive opened and locked ({@link Archive}), its state file loaded (or a fresh state on the
 * first run), which article ids came from it, and the save after the run with the retention of
 * {@code --retain} applied. Without {@code --archive}, a fresh state that is never saved. What the
 * state is and how it is stored is the command's {@link StateFile}; opening, loading, reporting
 * failures and saving are the same for every command, here. Not thread-safe apart from {@link
 * #isArchived} (read-only after opening).
 *
 * @param <S> the command's state
 */
final class ArchivedState<S> implements AutoCloseable {

  /** What one command keeps in its archive: one file, read and written whole. */
  interface StateFile<S> {
    /** The file's name in the archive folder. */
    String name();

    /** The state of a first run. */
    S fresh();

    /** Reads the state saved by {@link #write}; {@code source} names the file in errors. */
    S read(InputStream in, String source) throws IOException;

    /** Writes {@code state}, leaving out articles published before {@code keepFrom} (null: none). */
    void write(S state, OutputStream out, LocalDateTime keepFrom) throws IOException;

    /** The ids of the articles the state holds. */
    List<String> heldIds(S state);

    /** The latest publication time in the state, if any (the reference of {@code --retain}). */
    Optional<LocalDateTime> newestPublished(S state);
  }

  private final ArchiveOptions options;
  private final Archive archive; // null without --archive
  private final StateFile<S> file;
  private final S state;
  private final Set<String> archived;

  private ArchivedState(ArchiveOptions options, Archive archive, StateFile<S> file, S state) {
    this.options = options;
    this.archive = archive;
    this.file = file;
    this.state = state;
    this.archived = new HashSet<>(file.heldIds(state));
  }

  /** The archive could not be opened or loaded; the reason was printed, {@link #exit} is the status. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;
    final int exit;

    Failed(int exit) {
      super(null, null, false, false);
      this.exit = exit;
    }
  }

  /** Opens, locks and loads the archive of {@code options}, or a fresh state without one. */
  static <S> ArchivedState<S> open(ArchiveOptions options, StateFile<S> file, Io io) throws Failed {
    if (options == null || options.dir == null) {
      return new ArchivedState<>(options, null, file, file.fresh());
    }
    Archive archive = openLocked(options.dir, io);
    try {
      S state = archive.load(file.name(), file::read).orElseGet(file::fresh);
      return new ArchivedState<>(options, archive, file, state);
    } catch (IOException e) {
      closeQuietly(archive);
      throw new Failed(reportLoad(io, archive.file(file.name()), e));
    }
  }

  S state() {
    return state;
  }

  boolean enabled() {
    return archive != null;
  }

  /** Whether {@code id} was loaded from the archive. */
  boolean isArchived(String id) {
    return archived.contains(id);
  }

  /** The ids of {@code members} loaded from the archive, in their order. */
  List<String> archivedMembers(List<String> members) {
    return members.stream().filter(archived::contains).toList();
  }

  /**
   * Saves the state when the run wrote its output ({@code exit} is not {@link ExitCode#IO_FAILURE}):
   * returns {@code exit}, or {@link ExitCode#IO_FAILURE} with the path and reason if the save fails.
   */
  int saveAfter(int exit, Io io) {
    if (archive == null || exit == ExitCode.IO_FAILURE) {
      return exit;
    }
    LocalDateTime keepFrom = options.retain == null ? null
        : file.newestPublished(state).map(t -> t.minus(options.retain)).orElse(null);
    try {
      archive.save(file.name(), out -> file.write(state, out, keepFrom));
    } catch (IOException e) {
      return WriteFailure.report(io, archive.file(file.name()).toString(), e);
    }
    return exit;
  }

  @Override
  public void close() {
    closeQuietly(archive);
  }

  private static Archive openLocked(Path dir, Io io) throws Failed {
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

  private static int reportLoad(Io io, Path file, IOException e) {
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

  private static void closeQuietly(Archive archive) {
    if (archive != null) {
      try {
        archive.close();
      } catch (IOException e) {
        // the OS releases the lock at exit anyway
      }
    }
  }
}
