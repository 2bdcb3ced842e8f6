package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleResultsTest {
  private static final Path TOP = Path.of("/build/shop").toAbsolutePath();

  private static AnalysisResult result(String file, String upstreamFile) {
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location(file, 3, 5),
        List.of(new PathStep(new Location(upstreamFile, 7, 1), "read"), new PathStep(new Location(file, 3, 5), "logged")));
    return new AnalysisResult(List.of(f), List.of(file), List.of(new Problem(Problem.Kind.SOURCE,
        new Location("<classpath>", 0, 0), "p")), true, List.of(), Map.of(), List.of());
  }

  // contract: nothing is merged before the last expected module ends; then file names are the top's
  @Test
  void mergesWhenTheLastExpectedModuleEnds() {
    ModuleResults results = new ModuleResults(TOP, Set.of("entity", "service", "web"));

    assertEquals(Optional.empty(), results.add("entity", TOP.resolve("entity"), Optional.empty()));
    assertEquals(Optional.empty(), results.add("service", TOP.resolve("service"),
        Optional.of(result("src/main/java/S.java", TOP.resolve("entity/src/main/java/E.java").toString()))));
    Optional<AnalysisResult> merged = results.add("web", TOP.resolve("web"), Optional.of(result("src/W.java", "src/W.java")));

    assertTrue(merged.isPresent());
    assertEquals(List.of("service/src/main/java/S.java", "web/src/W.java"), merged.get().analysedFiles());
    Finding service = merged.get().findings().get(0);
    assertEquals(new Location("service/src/main/java/S.java", 3, 5), service.location());
    assertEquals(new Location("entity/src/main/java/E.java", 7, 1), service.path().get(0).location(),
        "an absolute name under the top becomes relative to it");
    assertEquals("<classpath>", merged.get().problems().get(0).location().file());
    assertEquals(2, results.analysed());
    assertEquals(Optional.empty(), results.add("web", TOP.resolve("web"), Optional.empty()), "merged once");
  }

  @Test
  void noModuleAnalysedNothingMerged() {
    ModuleResults results = new ModuleResults(TOP, Set.of("a"));
    assertEquals(Optional.empty(), results.add("a", TOP.resolve("a"), Optional.empty()));
  }
}
