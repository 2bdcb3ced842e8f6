package dev.datawarden.sonar;

import dev.datawarden.analyzer.testing.FrontEndArchitecture;
import org.junit.jupiter.api.Test;

/**
 * the SonarQube plugin is a front end: it builds an {@code AnalysisRequest}, gets an {@code AnalysisResult} and
 * renders it, using only the analyzer's published surface ({@link FrontEndArchitecture}, as the
 * analyzer's own ArchitectureTest holds its command line, processor and daemon to), never the engine,
 * the facts, the rule registry or the rules' analyses.
 */
class FrontEndArchitectureTest {
  // contract: no class of this module reaches into the analyzer beyond its published surface
  @Test
  void usesOnlyThePublishedSurfaceOfTheAnalyzer() {
    FrontEndArchitecture.checkUsesOnlyThePublishedSurface("dev.datawarden.sonar");
  }
}
