package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An identity document number is sensitive personal information in itself (GB/T 35273-2020 Annex
 * B): {@code @PersonalInfo(category = ID_NUMBER)} flows as sensitive data, which a phone number does not.
 */
class IdNumberSensitiveTest {

  @Test
  void idNumberIsSensitiveAndAPhoneIsNot(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("p/Registration.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package p;

        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;

        public class Registration {
          @PersonalInfo(category = PersonalInfoCategory.ID_NUMBER, retention = "P3Y")
          String idCard;

          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P3Y")
          String mobile;

          public void store(java.sql.PreparedStatement st) throws java.sql.SQLException {
            st.setString(1, idCard);
            st.setString(2, mobile);
          }
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoots(List.of(dir)).baseDirectory(dir)
        .build());
    List<String> unencrypted = result.findings().stream()
        .filter(f -> f.ruleKey().equals("UnencryptedSensitiveData"))
        .map(f -> f.message().substring(0, f.message().indexOf(')') + 1))
        .toList();
    assertEquals(List.of("Registration.idCard (sensitive ID_NUMBER)"), unencrypted);
  }
}
