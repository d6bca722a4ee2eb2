package org.tahqiq.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The folder of {@code --archive DIR}: state files that persist across runs, saved atomically and
 * guarded by a lock.
 *
 * <ul>
 *   <li><b>Lock.</b> {@link #open} takes an exclusive OS lock on {@code DIR/lock} for the whole
 *       run; a second process on the same folder fails at once with {@link Locked}. The OS releases
 *       the lock when the process ends, even by a crash or kill, so a stale lock cannot block the
 *       next day's run.
 *   <li><b>Atomic save.</b> {@link #save} writes {@code NAME.tmp}, forces it to disk, renames it
 *       over {@code NAME} (an atomic rename) and forces the folder. A crash at any moment leaves
 *       either the previous {@code NAME} or the new one, never a mix; a leftover {@code NAME.tmp}
 *       is ignored and removed by the next run.
 * </ul>
 *
 * Not thread-safe; one instance per run.
 */
final class Archive implements AutoCloseable {
  static final String LOCK = "lock";
  static final String TMP_SUFFIX = ".tmp";

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private Archive(Path dir, FileChannel lockChannel, FileLock lock) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Another process holds the archive's lock. */
  static final class Locked extends Exception {
    private static final long serialVersionUID = 1L;

    Locked(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads one state file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in, String source) throws IOException;
  }

  /** Writes one state file. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Opens (creating the folder if needed) and locks the archive. */
  static Archive open(Path dir) throws IOException, Locked {
    Files.createDirectories(dir);
    Path lockFile = dir.resolve(LOCK);
    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new Locked("archive " + dir + " is in use by another tahqiq run (" + lockFile + " is locked);"
          + " wait for it to finish. The lock is the OS's and ends with that process, so it never needs"
          + " to be deleted by hand");
    }
    return new Archive(dir, channel, lock);
  }

  Path dir() {
    return dir;
  }

  /** The path of state file {@code name}. */
  Path file(String name) {
    return dir.resolve(name);
  }

  /**
   * Reads state file {@code name} if it exists (empty on the first run). A leftover temporary
   * file of an interrupted save is deleted first: it is never read.
   */
  <T> Optional<T> load(String name, Reader<T> reader) throws IOException {
    Files.deleteIfExists(dir.resolve(name + TMP_SUFFIX));
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      T value = reader.read(in, file.toString());
      if (in.read() != -1) {
        throw new org.tahqiq.format.FormatException(file + ": trailing bytes after the checksum; the file is corrupt");
      }
      return Optional.of(value);
    }
  }

  /** Saves state file {@code name} atomically (see the class documentation). */
  void save(String name, Writer writer) throws IOException {
    Path tmp = dir.resolve(name + TMP_SUFFIX);
    Path target = dir.resolve(name);
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      writer.write(out);
      out.flush();
      channel.force(true);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    forceFolder();
  }

  /** Makes the rename durable: forces the folder's entry (a no-op where folders cannot be opened). */
  private void forceFolder() {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Not supported on this platform (e.g. Windows); the rename itself is still atomic.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      lockChannel.close();
    }
  }
}
