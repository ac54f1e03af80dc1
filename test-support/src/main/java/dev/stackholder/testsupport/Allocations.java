package dev.stackholder.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * Counts the bytes the current thread allocates while it runs a piece of code: the harness the
 * worst-case tests of the readers use to hold each reader to a cost linear in its input (issue 26
 * point 3) without timing anything. Allocation is what a reader controls and what a hostile input
 * inflates (a suffix per label, a copy per line); it does not depend on how loaded the machine is,
 * so a bound on it is a test that cannot flake. The time of the same run is returned too, for the
 * record ({@code docs/reliability.md}), never asserted.
 *
 * <p>Uses {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, through reflection so
 * that no module needs to require {@code jdk.management}. Stateless and thread-safe.
 */
public final class Allocations {
  private Allocations() {}

  /**
   * What one run cost.
   *
   * @param bytes bytes allocated by the running thread
   * @param nanos wall-clock nanoseconds, for the record only
   * @param refused whether the run ended by throwing (a hostile input refused)
   */
  public record Cost(long bytes, long nanos, boolean refused) {
    /** {@return the bytes allocated per byte of input} @param inputBytes the input's size */
    public double bytesPerInputByte(long inputBytes) {
      return (double) bytes / inputBytes;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%s, %.1f MB allocated, %.0f ms",
          refused ? "refused" : "read",
          bytes / 1e6,
          nanos / 1e6);
    }
  }

  /**
   * {@return what running {@code code} once on this thread cost}
   *
   * @param code what to measure; an exception it throws is caught and counted as the end of the run
   *     (hostile input is refused by throwing)
   * @throws IllegalStateException if this JVM cannot count allocations per thread
   */
  public static Cost measure(Runnable code) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Method allocated;
    try {
      Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
      allocated = sun.getMethod("getThreadAllocatedBytes", long.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM cannot count allocations per thread", e);
    }
    long thread = Thread.currentThread().getId();
    long before = bytes(allocated, bean, thread);
    long start = System.nanoTime();
    boolean refused = false;
    try {
      code.run();
    } catch (RuntimeException e) {
      // Refusing is how a reader ends a hostile input; what it cost until then is what is measured.
      refused = true;
    }
    long nanos = System.nanoTime() - start;
    return new Cost(bytes(allocated, bean, thread) - before, nanos, refused);
  }

  private static long bytes(Method allocated, ThreadMXBean bean, long thread) {
    try {
      return (Long) allocated.invoke(bean, thread);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM cannot count allocations per thread", e);
    }
  }
}
