package dev.datawarden.analyzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --annotate} and {@code --annotate --dry-run}. */
class DataWardenCliAnnotateTest {
  @TempDir Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  private static final String FORM = """
      package a;

      /** A sign-up form. */
      public class Form {
        private String mobile; // as typed
        private int mobileCount;
      }
      """;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return DataWardenCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path form() throws Exception {
    Path file = dir.resolve("src/a/Form.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, FORM);
    return file;
  }

  @Test
  void dryRunPrintsTheDiffAndWritesNothing() throws Exception {
    Path file = form();
    assertEquals(0, run("--annotate", "--dry-run", dir.resolve("src").toString()));
    assertTrue(out.toString().contains("""
         /** A sign-up form. */
         public class Form {
        +  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
           private String mobile; // as typed
        """), out::toString);
    assertTrue(out.toString().contains("+import dev.datawarden.annotations.PersonalInfo;\n"), out::toString);
    assertEquals(FORM, Files.readString(file));
  }

  @Test
  void annotateWritesTheSourcesOnce() throws Exception {
    Path file = form();
    assertEquals(0, run("--annotate", dir.resolve("src").toString()));
    assertTrue(out.toString().endsWith("1 annotation(s) inserted in 1 file(s); replace their placeholders \"TODO\" with the purposes and the retention\n"),
        out::toString);
    String annotated = Files.readString(file);
    assertTrue(annotated.contains("  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  private String mobile; // as typed\n"),
        annotated);
    assertEquals(0, run("--annotate", dir.resolve("src").toString()));
    assertTrue(out.toString().startsWith("0 annotation(s) inserted in 0 file(s)"), out::toString);
    assertEquals(annotated, Files.readString(file));
  }

  // contract: the suggestion is read from the finding in either language
  @Test
  void annotatesFromChineseFindingsToo() throws Exception {
    Path file = form();
    assertEquals(0, run("--annotate", "--dry-run", "--locale", "zh-CN", dir.resolve("src").toString()));
    assertTrue(out.toString().contains("+  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n"), out::toString);
    assertEquals(FORM, Files.readString(file));
  }

  // contract: --to-catalog adds the suggestions to the catalog the analysis reads and edits no source
  @Test
  void toCatalogWritesTheCatalogOnly() throws Exception {
    Path file = form();
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, "# ours\nsink:\n  - {type: a.Log, kind: LOG}\n");
    assertEquals(0, run("--annotate", "--to-catalog", "--catalog", catalog.toString(), dir.resolve("src").toString()));
    assertEquals(FORM, Files.readString(file));
    assertTrue(Files.readString(catalog).startsWith("# ours\nsink:\n  - {type: a.Log, kind: LOG}\npersonalInfo:\n"
        + "  # suggested by DataWarden annotate"), () -> catalog.toString());
    assertTrue(Files.readString(catalog).endsWith(
        "  - {field: \"a.Form#mobile\", category: PHONE, purposes: [TODO], retention: TODO}\n"));
    assertTrue(out.toString().contains("added 1 entr(y/ies) to the catalog"), out::toString);
    String once = Files.readString(catalog);
    assertEquals(0, run("--annotate", "--to-catalog", "--catalog", catalog.toString(), dir.resolve("src").toString()));
    assertEquals(once, Files.readString(catalog), "the entry declares the field: nothing more to add");
    assertEquals(2, run("--to-catalog", dir.resolve("src").toString()));
    assertTrue(err.toString().contains("--to-catalog goes with --annotate"), err::toString);
  }

  @Test
  void dryRunAloneIsBadUsage() throws Exception {
    form();
    assertEquals(2, run("--dry-run", dir.resolve("src").toString()));
    assertTrue(err.toString().contains("--dry-run goes with --annotate"), err::toString);
  }
}
