package dev.datawarden.analyzer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.datawarden.analyzer.processor.ProcessorDiagnostics.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code InvalidAnnotation} check of every round on its own, read from javac's model without a
 * Spoon model: the last round's analysis is a stand-in that finds nothing, so every diagnostic here
 * comes from the rounds.
 */
class VocabularyCheckTest {
  private static final Analysis NOTHING = request -> new Analysis.Outcome(List.of(), List.of());

  private static Compiler compiler(String... options) {
    return javac().withProcessors(new DataWardenProcessor(NOTHING)).withOptions((Object[]) options)
        .withClasspath(DataWardenProcessorTest.classpath());
  }

  @ParameterizedTest(name = "background={0}")
  @ValueSource(booleans = {true, false})
  void eachRoundGivesWhatTheAnalyzerFindsOfInvalidAnnotation(boolean background) {
    List<Path> files = List.of(Fixtures.ruleSample("InvalidAnnotation"), resource("Customer.java"),
        resource("Contact.java"), resource("Suppressed.java"), resource("Compliant.java"));
    Compilation compilation = compiler("-Adatawarden.background=" + background)
        .compile(DataWardenProcessorTest.sources(files));

    AnalysisRequest request = AnalysisRequest.builder().addSourceRoots(files).classpath(Fixtures.classpath()).build();
    List<String> expected = Analyzer.analyze(request).findings().stream()
        .filter(f -> f.ruleKey().equals(VocabularyCheck.RULE))
        // misplacements javac accepts are left to the last round (see VocabularyCheck)
        .filter(f -> !f.message().contains("void method"))
        .map(f -> Path.of(f.location().file()).getFileName() + ":" + f.location().line() + ":" + f.location().column()
            + " [" + f.ruleKey() + "] " + f.message())
        .sorted().toList();
    List<String> actual = ProcessorDiagnostics.of(compilation.diagnostics()).stream()
        .map(r -> Path.of(r.file()).getFileName() + ":" + r.line() + ":" + r.column() + " [" + r.ruleKey() + "] "
            + r.message())
        .sorted().toList();

    // contract: the same messages on the same lines and columns, the suppressed ones left out, each once
    assertFalse(expected.isEmpty());
    assertEquals(expected, actual);
  }

  @Test
  void wellFormedVocabularyGivesNoDiagnosticInAnyRound() {
    Compilation compilation = compiler().compile(DataWardenProcessorTest.sources(List.of(resource("Compliant.java"))));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aDisabledRuleIsNotCheckedInTheRounds() {
    Compilation compilation = compiler("-Adatawarden.disabled=InvalidAnnotation")
        .compile(DataWardenProcessorTest.sources(List.of(Fixtures.ruleSample("InvalidAnnotation"))));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
