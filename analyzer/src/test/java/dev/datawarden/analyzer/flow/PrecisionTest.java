package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine tells apart (issue #16), one sample each under {@code fixtures/precision}: fields
 * per object, overwritten fields, constant indices and keys, aliases, dead branches, what callees
 * do to their arguments and the decoders that restore anonymised data. Each sample is verified
 * with and without the class path, both when the engine analyses the methods data can reach and
 * when it analyses every method.
 */
class PrecisionTest {
  private static FixtureVerifier verifier(String sample) {
    return FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/precision/" + sample + ".java"))
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/precision/Member.java"))
        .only("PersonalInfoLogged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FieldsPerObjectSample", "StrongUpdateSample", "ConstantKeySample", "AliasSample",
      "DeadBranchSample", "CalleeEffectsSample"})
  void sample(String sample) {
    verifier(sample).verify();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FieldsPerObjectSample", "StrongUpdateSample", "ConstantKeySample", "AliasSample",
      "DeadBranchSample", "CalleeEffectsSample"})
  void sampleWithoutClasspath(String sample) {
    verifier(sample).withoutClasspath().verify();
  }

  /** Decoders and decryptors declared restoring ({@code @Restores}, a {@code restores:} catalog entry). */
  private static FixtureVerifier restoring() {
    return verifier("RestoresSample")
        .catalog(Fixtures.root().resolve("catalogs/RestoresSample.yml"))
        .only("PersonalInfoLogged", "UnencryptedSensitiveData");
  }

  @Test
  void restores() {
    restoring().verify();
  }

  @Test
  void restoresWithoutClasspath() {
    restoring().withoutClasspath().verify();
  }
}
