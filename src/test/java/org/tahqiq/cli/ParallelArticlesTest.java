package org.tahqiq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader thread and workers: results in input order, whatever the schedule; failures surface. */
class ParallelArticlesTest {
  @TempDir Path dir;

  private Path corpus(int n, int badLine) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(i == badLine ? "{\"id\":\"broken\" \"text\":\"x\"}"
          : "{\"id\":\"a-" + i + "\",\"text\":\"وصل الرئيس الروسي إلى بيونغ يانغ في الخبر رقم " + i + "\"}");
    }
    Path p = dir.resolve("in.jsonl");
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }

  private static ArticleReader reader(boolean strict) {
    return new ArticleReader(new Problems(new PrintWriter(new StringWriter()), strict), Optional.empty(),
        new ByteArrayInputStream(new byte[0]));
  }

  @Test
  void resultsComeInInputOrderWhateverTheWorkersTake() throws IOException {
    Path in = corpus(500, -1);
    for (int workers : new int[] {1, 2, 7}) {
      Random random = new Random(workers);
      long[] delays = IntStream.range(0, 500).mapToLong(i -> random.nextInt(200_000)).toArray();
      List<String> got = new ArrayList<>();
      new ParallelArticles(reader(false), workers).run(List.of(in.toString()), a -> {
        int i = Integer.parseInt(a.article().id().substring(2));
        LockSupport.parkNanos(delays[i]); // later articles often finish first
        return a.article().id();
      }, got::add);
      assertEquals(IntStream.range(0, 500).mapToObj(i -> "a-" + i).toList(), got, workers + " workers");
    }
  }

  @Test
  void aStrictStopHandsOverWhatWasReadBeforeAndIsRethrown() throws IOException {
    Path in = corpus(100, 40);
    List<String> got = new ArrayList<>();
    assertThrows(Problems.StrictStop.class, () ->
        new ParallelArticles(reader(true), 2).run(List.of(in.toString()), a -> a.article().id(), got::add));
    assertEquals(IntStream.range(0, 40).mapToObj(i -> "a-" + i).toList(), got);
  }

  @Test
  void aFailingWorkerStopsTheRunWithItsException() throws IOException {
    Path in = corpus(2_000, -1);
    List<String> got = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        new ParallelArticles(reader(false), 2).run(List.of(in.toString()), a -> {
          if (a.article().id().equals("a-10")) {
            throw new IllegalStateException("bug in a-10");
          }
          return a.article().id();
        }, got::add));
    assertEquals("bug in a-10", e.getMessage());
    assertEquals(10, got.size(), "the results before the failure were handed over, none after");
  }

  @Test
  void threadsOptionGivesTheSameOutputAndRejectsNonsense() throws IOException {
    Path in = corpus(120, -1);
    Cli.Run one = Cli.run("dedup", "--no-progress", "--threads", "1", "--input", in.toString());
    Cli.Run three = Cli.run("dedup", "--no-progress", "--threads", "3", "--input", in.toString());
    assertEquals(ExitCode.OK, one.exit(), one.err());
    assertTrue(!one.out().isBlank(), "the numbered copies are near-duplicates of each other");
    assertEquals(one.out(), three.out());
    Cli.Run analyzeOne = Cli.run("analyze", "--threads", "1", "--input", in.toString());
    Cli.Run analyzeTwo = Cli.run("analyze", "--threads", "2", "--input", in.toString());
    assertEquals(ExitCode.OK, analyzeOne.exit(), analyzeOne.err());
    assertEquals(analyzeOne.out(), analyzeTwo.out());
    Cli.Run zero = Cli.run("dedup", "--threads", "0", "--input", in.toString());
    assertEquals(ExitCode.USAGE, zero.exit());
    assertTrue(zero.err().contains("--threads"), zero.err());
  }
}
