package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An analysis in a shared JVM (Maven's) runs with C2 excluded, and the JVM is as it was once the last one ends. */
class C1OnlyTest {
  /** The directives the JVM holds, as {@code jcmd Compiler.directives_print} prints them. */
  private static String directives() {
    return C1Only.command("compilerDirectivesPrint");
  }

  /** True when the newest directive (printed first) excludes every method from C2. */
  private static boolean c2Excluded() {
    String printed = directives();
    int c2 = printed.indexOf("c2 directives:");
    return printed.contains("matching: *.*") && c2 >= 0 && printed.indexOf("Exclude:true", c2) >= 0
        && printed.indexOf("Exclude:true", c2) < printed.indexOf("Directive:", c2 < 0 ? 0 : c2);
  }

  @Test
  void onlyTheJavacLauncherAndMavensCommandLineAreStartedForOneBuild() {
    assertTrue(C1Only.startedForOneBuild("jdk.compiler/com.sun.tools.javac.Main -d out A.java"));
    assertTrue(C1Only.startedForOneBuild("com.sun.tools.javac.Main A.java"));
    assertTrue(C1Only.startedForOneBuild("org.codehaus.plexus.classworlds.launcher.Launcher -B verify"));
    assertFalse(C1Only.startedForOneBuild("org.gradle.launcher.daemon.bootstrap.GradleDaemon 8.10"));
    assertFalse(C1Only.startedForOneBuild("org.jetbrains.jps.cmdline.Launcher /idea/lib"));
    assertFalse(C1Only.startedForOneBuild("org.mvndaemon.mvnd.daemon.MavenDaemon"));
    assertFalse(C1Only.startedForOneBuild(null));
  }

  @Test
  void theDirectiveHoldsWhileAnAnalysisRunsAndIsGoneAfter() {
    String before = directives();
    assertTrue(before.contains("Directive: (default)"), before);
    assertFalse(c2Excluded(), before);
    boolean during = C1Only.during(C1OnlyTest::c2Excluded);
    assertTrue(during, "C2 not excluded during the analysis");
    assertEquals(before, directives());
  }

  @Test
  void parallelAnalysesShareOneDirectiveRemovedWhenTheLastEnds() throws Exception {
    String before = directives();
    CountDownLatch bothIn = new CountDownLatch(2);
    CountDownLatch firstOut = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = pool.submit(() -> C1Only.during(() -> {
        bothIn.countDown();
        await(bothIn);
        return count(directives());
      }));
      Future<Boolean> second = pool.submit(() -> C1Only.during(() -> {
        bothIn.countDown();
        await(bothIn);
        await(firstOut);
        return c2Excluded(); // the first has ended: still excluded for this one
      }));
      assertEquals(count(before) + 1, first.get(1, TimeUnit.MINUTES));
      firstOut.countDown();
      assertTrue(second.get(1, TimeUnit.MINUTES));
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before, directives());
  }

  @Test
  void anExceptionEndsTheAnalysisAndTheDirective() {
    String before = directives();
    try {
      C1Only.during(() -> {
        throw new IllegalStateException("the analysis failed");
      });
    } catch (IllegalStateException expected) {
      // as thrown
    }
    assertEquals(before, directives());
  }

  private static int count(String printed) {
    return printed.split("Directive:", -1).length - 1;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(1, TimeUnit.MINUTES));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
