package dev.datawarden.analyzer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The verifier is strict both ways, so fixture tests can fail. */
class FixtureVerifierTest {
  @TempDir Path dir;

  private Path write(String source) throws Exception {
    Path f = dir.resolve("a/User.java");
    Files.createDirectories(f.getParent());
    Files.writeString(f, source);
    return f;
  }

  private static final String HEAD = "package a;\nimport dev.datawarden.annotations.*;\npublic class User {\n";

  @Test
  void passesWhenMarkersAndFindingsMatch() throws Exception {
    write(HEAD + "  // Noncompliant@+1: MissingRetentionPeriod {{User.mobile}}\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE) String mobile;\n}\n");
    FixtureVerifier.create().base(dir).source(dir).verify();
  }

  @Test
  void failsOnAFindingWithoutMarker() throws Exception {
    write(HEAD + "  @PersonalInfo(category = PersonalInfoCategory.PHONE) String mobile;\n}\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> FixtureVerifier.create().base(dir).source(dir).expectNoFindings().verify());
    assertTrue(e.getMessage().contains("unexpected: a/User.java:4 MissingRetentionPeriod"), e.getMessage());
  }

  // contract: sources without a marker pass only when the test says it expects no finding
  @Test
  void noMarkerAtAllFailsUnlessNoFindingIsExpected() throws Exception {
    write(HEAD + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = \"P1Y\") String mobile;\n}\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> FixtureVerifier.create().base(dir).source(dir).verify());
    assertTrue(e.getMessage().contains("say expectNoFindings()"), e.getMessage());
    FixtureVerifier.create().base(dir).source(dir).expectNoFindings().verify();
  }

  @Test
  void expectingNoFindingBesideMarkersFails() throws Exception {
    write(HEAD + "  // Noncompliant@+1: MissingRetentionPeriod\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE) String mobile;\n}\n");
    assertThrows(AssertionFailedError.class,
        () -> FixtureVerifier.create().base(dir).source(dir).expectNoFindings().verify());
  }

  // contract: a marker naming no rule fails, it is not dropped; nor is a rule key given to only()
  @Test
  void unknownRuleKeysFail() throws Exception {
    write(HEAD + "  // Noncompliant@+1: MissingRetentionPeriod\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE) String mobile; // Noncompliant: MissingRetention\n}\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> FixtureVerifier.create().base(dir).source(dir).only("MissingRetentionPeriod").verify());
    assertTrue(e.getMessage().endsWith("User.java:5: the marker names no rule: MissingRetention"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FixtureVerifier.create().only("MissingRetention"));
  }

  @Test
  void failsOnAMarkerWithoutFinding() throws Exception {
    write(HEAD + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = \"P1Y\") String mobile; "
        + "// Noncompliant: MissingRetentionPeriod\n}\n");
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> FixtureVerifier.create().base(dir).source(dir).verify());
    assertTrue(e.getMessage().contains("missing:    a/User.java:4 MissingRetentionPeriod"), e.getMessage());
  }

  @Test
  void failsWhenTheMessagePartDiffers() throws Exception {
    write(HEAD + "  @PersonalInfo(category = PersonalInfoCategory.PHONE) String mobile; "
        + "// Noncompliant: MissingRetentionPeriod {{User.email}}\n}\n");
    assertThrows(AssertionFailedError.class, () -> FixtureVerifier.create().base(dir).source(dir).verify());
  }

  @Test
  void readsMarkersInJavaAndYaml() throws Exception {
    Path yml = dir.resolve("c.yml");
    Files.writeString(yml, "personalInfo:\n  # Noncompliant@+1: MissingRetentionPeriod\n  - {field: \"a.B#c\"}\n");
    List<FixtureVerifier.Expected> markers = FixtureVerifier.create().base(dir).markers(yml);
    assertEquals(List.of(new FixtureVerifier.Expected("c.yml", 3, "MissingRetentionPeriod", null)), markers);
  }
}
