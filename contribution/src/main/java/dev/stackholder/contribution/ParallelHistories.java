package dev.stackholder.contribution;

import dev.stackholder.contribution.git.GitCommit;
import dev.stackholder.contribution.git.GitLogCache;
import dev.stackholder.contribution.git.GitLogProcess;
import dev.stackholder.contribution.git.GitRepository;
import dev.stackholder.core.StackholderException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Reads several repositories' histories in parallel and hands them to one consumer in the given
 * order, so that the result is the one reading them one after another gives (the whole release's
 * developers are merged in project order, as gitdm's run over the concatenated logs merges them).
 *
 * <p>Each repository is one task: a {@code git log} process whose text a {@code GitLogReader}
 * parses on a worker thread into a bounded queue ({@value #QUEUE} commits). The consumer drains the
 * queues in order. Memory is bounded by {@code threads x QUEUE} parsed commits, whatever the
 * histories' length; threads by the count asked. No deadlock: tasks start in the consumer's order,
 * so the repository it waits for has always started.
 *
 * <p>Not thread-safe itself; made and used by one {@link ContributionStatistics} call.
 */
final class ParallelHistories {
  static final int QUEUE = 4096;
  private static final Object END = new Object();

  private ParallelHistories() {}

  /** A failure of a reader, carried through the queue to the consumer. */
  private record Failure(RuntimeException error) {}

  /**
   * Reads every repository (project to repository, in order) and gives each project's commits to
   * the consumer, project after project, in each repository's log order.
   */
  static void read(
      Map<String, GitRepository> repositories,
      Map<String, Optional<String>> ranges,
      GitRepository.MailmapUse mailmap,
      AttributionPolicy policy,
      int threads,
      Optional<GitLogCache> cache,
      Consumer consumer) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + ", expected 1 or more");
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, Math.max(1, repositories.size())),
            runnable -> {
              Thread thread = new Thread(runnable, "stackholder-git-log");
              thread.setDaemon(true);
              return thread;
            });
    List<BlockingQueue<Object>> queues = new ArrayList<>();
    List<Future<?>> tasks = new ArrayList<>();
    try {
      for (Map.Entry<String, GitRepository> entry : repositories.entrySet()) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        queues.add(queue);
        GitRepository repository = entry.getValue();
        Optional<String> range = ranges.getOrDefault(entry.getKey(), Optional.empty());
        tasks.add(pool.submit(() -> produce(repository, range, mailmap, policy, cache, queue)));
      }
      int i = 0;
      for (String project : repositories.keySet()) {
        consumer.accept(project, drain(queues.get(i++)));
      }
    } finally {
      pool.shutdownNow(); // a reader still blocked (after a failure) is interrupted and ends git
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What receives each project's commits. */
  interface Consumer {
    void accept(String project, Iterator<GitCommit> commits);
  }

  private static void produce(
      GitRepository repository,
      Optional<String> range,
      GitRepository.MailmapUse mailmap,
      AttributionPolicy policy,
      Optional<GitLogCache> cache,
      BlockingQueue<Object> queue) {
    try {
      try (GitLogProcess log =
          cache.isPresent()
              ? cache.get().log(repository, range, mailmap, policy)
              : repository.log(range, mailmap, policy)) {
        while (log.hasNext()) {
          queue.put(log.next());
        }
      }
      queue.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      try {
        queue.put(new Failure(e));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Iterator<GitCommit> drain(BlockingQueue<Object> queue) {
    return new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.take();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackholderException("Interrupted while reading git histories");
          }
        }
        if (next instanceof Failure failure) {
          throw failure.error();
        }
        return next != END;
      }

      @Override
      public GitCommit next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        GitCommit commit = (GitCommit) next;
        next = null;
        return commit;
      }
    };
  }
}
