package dev.datawarden.analyzer.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.annotations.CrossBorderBasis;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Categories" section lists every constant of the vocabulary's enumerations, with what it covers. */
class ReadmeVocabularyTest {
  private static String categories() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("### Categories");
    assertTrue(start >= 0, "README has a Categories section");
    int end = readme.indexOf("\n## ", start);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  // contract: a constant added to the vocabulary without a line in the README fails here
  @Test
  void everyCategoryConstantIsListedWithWhatItCovers() throws IOException {
    String section = categories();
    int sensitive = section.indexOf("SensitiveCategory.X");
    int basis = section.indexOf("CrossBorderBasis.X");
    List<String> missing = new ArrayList<>();
    for (PersonalInfoCategory c : PersonalInfoCategory.values()) {
      if (!section.substring(0, sensitive).matches("(?s).*\\| `" + c.name() + "` \\| [^|\\n]{3,} \\|.*")) {
        missing.add("PersonalInfoCategory." + c.name());
      }
    }
    for (SensitiveCategory c : SensitiveCategory.values()) {
      if (!section.substring(sensitive, basis).matches("(?s).*\\| `" + c.name() + "` \\| [^|\\n]{3,} \\|.*")) {
        missing.add("SensitiveCategory." + c.name());
      }
    }
    for (CrossBorderBasis b : CrossBorderBasis.values()) {
      if (!section.substring(basis).contains("`" + b.name() + "` (")) {
        missing.add("CrossBorderBasis." + b.name());
      }
    }
    assertEquals(List.of(), missing);
  }
}
