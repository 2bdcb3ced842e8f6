package dev.datawarden.analyzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * contract: a module analysed with an upstream module's sources as context reports the names its
 * own class path lacks, never those in the upstream sources, which the upstream module's own class
 * path resolves (and whose build reports on them).
 */
class UpstreamNamesTest {
  @TempDir Path dir;

  @Test
  void namesOnlyTheUpstreamClassPathResolvesAreNotReported() throws Exception {
    Path upstream = dir.resolve("core/src/main/java/core");
    Files.createDirectories(upstream);
    Files.writeString(upstream.resolve("Entity.java"),
        "package core;\npublic class Entity {\n  com.google.common.base.Joiner joiner;\n}\n");
    Path own = dir.resolve("web/src/main/java/web");
    Files.createDirectories(own);
    Files.writeString(own.resolve("Page.java"), "package web;\npublic class Page {\n  core.Entity entity;\n}\n");
    Files.createDirectories(dir.resolve("lib"));
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(dir.resolve("web/src/main/java"))
        .addContextRoot(dir.resolve("core/src/main/java"))
        .classpath(List.of(dir.resolve("lib")))
        .baseDirectory(dir)
        .build());
    assertEquals(List.of(), result.problems().stream().filter(p -> p.kind() == Problem.Kind.CLASSPATH).toList());

    Files.writeString(own.resolve("Page.java"),
        "package web;\npublic class Page {\n  core.Entity entity;\n  org.vendor.Missing missing;\n}\n");
    AnalysisResult withOwn = Analyzer.analyze(AnalysisRequest.builder()
        .addSourceRoot(dir.resolve("web/src/main/java"))
        .addContextRoot(dir.resolve("core/src/main/java"))
        .classpath(List.of(dir.resolve("lib")))
        .baseDirectory(dir)
        .build());
    List<Problem> classpath = withOwn.problems().stream().filter(p -> p.kind() == Problem.Kind.CLASSPATH).toList();
    assertEquals(1, classpath.size(), classpath::toString);
    assertEquals("web/src/main/java/web/Page.java", classpath.get(0).location().file());
    assertEquals(4, classpath.get(0).location().line());
  }
}
