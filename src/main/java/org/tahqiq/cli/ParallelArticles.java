package org.tahqiq.cli;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads the articles of a command's inputs on a reader thread, processes each on one of N worker
 * threads, and hands the results to the calling thread in input order: reading and parsing overlap
 * the processing, all cores work, and the output cannot depend on the thread schedule.
 *
 * <p>At most {@value #IN_FLIGHT_PER_WORKER} articles per worker are read but not yet handed over,
 * so memory holds a bounded number of texts whatever the input size. Input problems are reported
 * by the {@link ArticleReader} as it reads; a {@code --strict} stop ends reading and is rethrown
 * to the caller once the articles read before it are handed over. A failure of the work is
 * rethrown to the caller unchanged (an unchecked exception or error), and reading stops.
 *
 * <p>One instance runs once, from one thread.
 */
final class ParallelArticles {
  /** Articles read but not yet handed to the caller, per worker: bounds the text held in memory. */
  static final int IN_FLIGHT_PER_WORKER = 16;

  private final ArticleReader reader;
  private final int workers;

  ParallelArticles(ArticleReader reader, int workers) {
    this.reader = Objects.requireNonNull(reader, "reader must not be null");
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1: " + workers);
    }
    this.workers = workers;
  }

  /**
   * Reads {@code inputs}, applies {@code work} to each valid article on the workers and hands each
   * result to {@code inOrder} on the calling thread, in input order.
   *
   * @throws Problems.StrictStop when {@code --strict} stopped at an input error
   */
  <R> void run(List<String> inputs, Function<InputArticle, R> work, Consumer<R> inOrder) {
    Objects.requireNonNull(work, "work must not be null");
    Objects.requireNonNull(inOrder, "inOrder must not be null");
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("tahqiq-worker"));
    BlockingQueue<Future<R>> queue = new ArrayBlockingQueue<>(workers * IN_FLIGHT_PER_WORKER);
    Future<R> end = CompletableFuture.completedFuture(null);
    AtomicReference<Throwable> readFailure = new AtomicReference<>();
    Thread readerThread = daemon("tahqiq-reader").newThread(() -> {
      try {
        reader.read(inputs, a -> put(queue, pool.submit(() -> work.apply(a))));
      } catch (Throwable t) { // a strict stop, or a bug: handed to the caller
        readFailure.set(t);
      } finally {
        put(queue, end);
      }
    });
    readerThread.start();
    try {
      while (true) {
        Future<R> next = take(queue);
        if (next == end) {
          break;
        }
        inOrder.accept(get(next));
      }
      join(readerThread);
    } finally {
      readerThread.interrupt(); // unblocks it if the work failed while it waits for room
      pool.shutdownNow();
    }
    Throwable t = readFailure.get();
    if (t != null) {
      throw unchecked(t);
    }
  }

  private static <R> void put(BlockingQueue<Future<R>> queue, Future<R> f) {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReadingCancelled();
    }
  }

  private static <R> Future<R> take(BlockingQueue<Future<R>> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the next article", e);
    }
  }

  private static <R> R get(Future<R> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw unchecked(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    }
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the reader", e);
    }
  }

  private static RuntimeException unchecked(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Ends the reader thread when the caller gave up on the results. */
  private static final class ReadingCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadingCancelled() {
      super("reading cancelled", null, false, false);
    }
  }
}
