package dev.datawarden.analyzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  private static Finding finding(String message, int line) {
    return new Finding("MissingRetentionPeriod", Severity.MINOR, message, new Location("src/A.java", line, 1), List.of());
  }

  @Test
  void knownFindingsSurviveLineMovesNewOnesAndFixedEntriesAreTold(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(Baseline.FILE_NAME);
    Baseline.of(List.of(finding("a", 10), finding("b", 20), finding("twice", 30), finding("twice", 31))).write(file);

    Baseline baseline = Baseline.read(file);
    Baseline.Comparison c = baseline.compare(List.of(
        finding("a", 14),        // moved down: still known
        finding("twice", 40),    // one of two left
        finding("new", 5)));

    assertEquals(List.of(finding("new", 5)), c.newFindings());
    assertEquals(2, c.known().size());
    assertEquals(List.of("b", "twice"), c.fixed().stream().map(Baseline.Entry::message).toList());
  }

  @Test
  void aSecondEqualFindingIsNew() {
    Baseline.Comparison c = Baseline.of(List.of(finding("x", 1))).compare(List.of(finding("x", 1), finding("x", 9)));
    assertEquals(1, c.newFindings().size());
  }

  @Test
  void writtenWithRuleFileLineAndMessageForPeopleInAStableOrder() {
    String a = Baseline.of(List.of(finding("b", 20), finding("a", 10))).render();
    String b = Baseline.of(List.of(finding("a", 10), finding("b", 20))).render();
    assertEquals(a, b);
    assertTrue(a.contains("\"rule\" : \"MissingRetentionPeriod\""), a);
    assertTrue(a.indexOf("\"message\" : \"a\"") < a.indexOf("\"message\" : \"b\""));
  }

  @Test
  void aFileThatIsNoBaselineIsRejectedWithItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("datawarden-baseline.json");
    Files.writeString(file, "{\"something\": 1}");
    IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains(file.toString()));
  }

  // contract: a baseline of a newer format (or of none) is rejected, as the JSON report is; it was read before
  @Test
  void aBaselineOfANewerFormatIsRejected(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("datawarden-baseline.json"), "{\"formatVersion\": 3, \"findings\": []}");
    IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
    assertEquals("DataWarden baseline " + file + " has format version 3; this version of DataWarden reads version 2",
        e.getMessage());
  }

  // contract: a baseline of version 1 holds one fingerprint per category of a flow finding; it is refused
  // with a message saying to write it again, rather than read into a comparison where every one is "fixed"
  @Test
  void aBaselineOfFingerprintsPerCategoryIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("datawarden-baseline.json"), "{\"formatVersion\": 1, \"findings\": []}");
    IOException e = assertThrows(IOException.class, () -> Baseline.read(file));
    assertTrue(e.getMessage().contains("write it again with datawarden:baseline"), e.getMessage());
  }
}
