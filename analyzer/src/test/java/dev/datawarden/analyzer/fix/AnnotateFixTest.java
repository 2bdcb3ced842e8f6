package dev.datawarden.analyzer.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rules.discovery.SuggestedAnnotation;
import dev.datawarden.annotations.PersonalInfoCategory;
import dev.datawarden.annotations.SensitiveCategory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateFixTest {
  private static final SuggestedAnnotation PHONE = SuggestedAnnotation.personalInfo(PersonalInfoCategory.PHONE);
  private static final SuggestedAnnotation EMAIL = SuggestedAnnotation.personalInfo(PersonalInfoCategory.EMAIL);

  @TempDir Path dir;

  @Test
  void insertsTheAnnotationKeepingFormattingAndComments() throws Exception {
    String source = """
        // Licence header
        package shop;

        import jakarta.persistence.Column;
        import java.util.List;

        /** A form. */
        public class Form {

          /** The phone, as typed. */
          private String phone; // trailing comment

          @Column(name = "mail")
          @Deprecated
          private   String   email;   /* odd spacing kept */

          @Deprecated private String tel;

          void post(@Deprecated String mobile, int n) {
            // body untouched
          }

          record Contact(String name, String cell) {}
        }
        """;
    String after = fix(source, List.of(
        on(source, "String phone", "phone", PHONE),
        on(source, "String   email", "email", EMAIL),
        on(source, "String tel", "tel", PHONE),
        on(source, "String mobile", "mobile", PHONE),
        on(source, "String cell", "cell", PHONE)));
    assertEquals("""
        // Licence header
        package shop;

        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;
        import jakarta.persistence.Column;
        import java.util.List;

        /** A form. */
        public class Form {

          /** The phone, as typed. */
          @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
          private String phone; // trailing comment

          @PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "TODO", retention = "TODO")
          @Column(name = "mail")
          @Deprecated
          private   String   email;   /* odd spacing kept */

          @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO") @Deprecated private String tel;

          void post(@Deprecated @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO") String mobile, int n) {
            // body untouched
          }

          record Contact(String name, @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO") String cell) {}
        }
        """, after);
  }

  @Test
  void importsGoInOrderOrInAGroupOfTheirOwn() throws Exception {
    String between = "package p;\n\nimport com.a.B;\nimport org.c.D;\n\nclass A {\n  String phone;\n}\n";
    assertEquals("package p;\n\nimport com.a.B;\nimport dev.datawarden.annotations.PersonalInfo;\n"
        + "import dev.datawarden.annotations.PersonalInfoCategory;\nimport org.c.D;\n\nclass A {\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  String phone;\n}\n",
        fix(between, List.of(on(between, "String phone", "phone", PHONE))));

    String none = "package p;\n\nclass A {\n  String phone;\n}\n";
    assertEquals("package p;\n\nimport dev.datawarden.annotations.PersonalInfo;\n"
        + "import dev.datawarden.annotations.PersonalInfoCategory;\n\nclass A {\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  String phone;\n}\n",
        fix(none, List.of(on(none, "String phone", "phone", PHONE))));

    String statics = "package p;\n\nimport static java.util.Objects.requireNonNull;\n\nclass A {\n  String phone;\n}\n";
    assertTrue(fix(statics, List.of(on(statics, "String phone", "phone", PHONE))).startsWith(
        "package p;\n\nimport static java.util.Objects.requireNonNull;\n\n"
            + "import dev.datawarden.annotations.PersonalInfo;\nimport dev.datawarden.annotations.PersonalInfoCategory;\n\n"));

    String noPackage = "/** A. */\nclass A {\n  String phone;\n}\n";
    assertTrue(fix(noPackage, List.of(on(noPackage, "String phone", "phone", PHONE))).startsWith(
        "import dev.datawarden.annotations.PersonalInfo;\nimport dev.datawarden.annotations.PersonalInfoCategory;\n\n/** A. */\n"));
  }

  @Test
  void importsTheFileHasAreNotRepeated() throws Exception {
    String partly = "package p;\n\nimport dev.datawarden.annotations.PersonalInfo;\n\nclass A {\n  String phone;\n}\n";
    assertEquals("package p;\n\nimport dev.datawarden.annotations.PersonalInfo;\n"
        + "import dev.datawarden.annotations.PersonalInfoCategory;\n\nclass A {\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  String phone;\n}\n",
        fix(partly, List.of(on(partly, "String phone", "phone", PHONE))));

    String wildcard = "package p;\n\nimport dev.datawarden.annotations.*;\n\nclass A {\n  String phone;\n}\n";
    assertEquals("package p;\n\nimport dev.datawarden.annotations.*;\n\nclass A {\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  String phone;\n}\n",
        fix(wildcard, List.of(on(wildcard, "String phone", "phone", PHONE))));
  }

  @Test
  void aClashingImportMakesTheNamesQualified() throws Exception {
    String clash = "package p;\n\nimport com.legacy.PersonalInfo;\n\nclass A {\n  String phone;\n}\n";
    assertEquals("package p;\n\nimport com.legacy.PersonalInfo;\nimport dev.datawarden.annotations.PersonalInfoCategory;\n\n"
        + "class A {\n  @dev.datawarden.annotations.PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\n  String phone;\n}\n",
        fix(clash, List.of(on(clash, "String phone", "phone", PHONE))));
  }

  @Test
  void sensitiveSuggestionsInsertSensitive() throws Exception {
    String source = "package p;\n\nclass A {\n  String bankCardNo;\n}\n";
    SuggestedAnnotation card = SuggestedAnnotation.sensitive(SensitiveCategory.FINANCIAL_ACCOUNT);
    assertEquals("package p;\n\nimport dev.datawarden.annotations.Sensitive;\n"
        + "import dev.datawarden.annotations.SensitiveCategory;\n\nclass A {\n"
        + "  @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, purposes = \"TODO\", retention = \"TODO\")\n  String bankCardNo;\n}\n",
        fix(source, List.of(on(source, "String bankCardNo", "bankCardNo", card))));
  }

  @Test
  void windowsLineEndingsAreKept() throws Exception {
    String source = "package p;\r\n\r\nimport java.util.List;\r\n\r\nclass A {\r\n  @Deprecated\r\n  String phone;\r\n}\r\n";
    assertEquals("package p;\r\n\r\nimport dev.datawarden.annotations.PersonalInfo;\r\n"
        + "import dev.datawarden.annotations.PersonalInfoCategory;\r\nimport java.util.List;\r\n\r\nclass A {\r\n"
        + "  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = \"TODO\", retention = \"TODO\")\r\n  @Deprecated\r\n  String phone;\r\n}\r\n",
        fix(source, List.of(on(source, "String phone", "phone", PHONE))));
  }

  @Test
  void declaredElementsAreLeftAloneSoASecondRunChangesNothing() throws Exception {
    String source = "package p;\n\nclass A {\n  String phone;\n}\n";
    Path file = write(source);
    List<Finding> findings = List.of(on(source, "String phone", "phone", PHONE));
    AnnotateFix.plan(dir, findings).write();
    String once = Files.readString(file);
    // the same (now stale) findings again: the element is declared, nothing to do
    AnnotateFix.Plan again = AnnotateFix.plan(dir, findings);
    assertEquals(List.of(), again.edits());
    assertEquals("", again.diff());
    assertEquals(once, Files.readString(file));
  }

  @Test
  void whatCannotBeAnnotatedIsSkippedWithAReason() throws Exception {
    String source = "package p;\n\nclass A {\n  String phone, email;\n}\n";
    write(source);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, List.of(on(source, "String phone", "phone", PHONE),
        finding(new Location("p/A.java", 1, 1), PHONE),
        new Finding("PersonalInfoLogged", Severity.CRITICAL, "logged", new Location("p/A.java", 4, 10), List.of())));
    assertEquals(List.of(), plan.edits());
    assertEquals(List.of("p/A.java:1: no field, record component or parameter is named there",
        "p/A.java:4: one declaration of several fields; declare them one by one first"),
        plan.skipped().stream().map(AnnotateFix.Skipped::toString).toList());

    Files.writeString(dir.resolve("p/B.java"), "package p; class B { String phone; ");
    AnnotateFix.Plan broken = AnnotateFix.plan(dir, List.of(finding(new Location("p/B.java", 1, 29), PHONE)));
    assertEquals("JavaParser cannot parse the file", broken.skipped().get(0).reason());
    assertEquals("JavaParser 无法解析该文件", broken.skipped().get(0).reason(java.util.Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void dryRunShowsAUnifiedDiffAndWritesNothing() throws Exception {
    String source = "package p;\n\nclass A {\n  String phone;\n}\n";
    Path file = write(source);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, List.of(on(source, "String phone", "phone", PHONE)));
    assertEquals("""
        --- a/p/A.java
        +++ b/p/A.java
        @@ -1,5 +1,9 @@
         package p;
        \s
        +import dev.datawarden.annotations.PersonalInfo;
        +import dev.datawarden.annotations.PersonalInfoCategory;
        +
         class A {
        +  @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
           String phone;
         }
        """, plan.diff());
    assertEquals(1, plan.annotations());
    assertEquals(source, Files.readString(file));
  }

  @Test
  void endToEnd_theAnalyzersFindingsAreFixedAndStayFixed() throws Exception {
    Path src = dir.resolve("src/shop");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Form.java"), """
        package shop;

        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RequestParam;

        /** What the sign-up page posts. */
        public class Form {
          private String mobile; // as typed
          private String shenfenzheng;
          private int phoneCount;

          record Contact(String email) {}

          @GetMapping("/lookup")
          public Form lookup(@RequestParam String deviceId) {
            return null;
          }
        }
        """);
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(dir.resolve("src")).baseDirectory(dir).build();
    AnalysisResult first = Analyzer.analyze(request);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, first.findings());
    assertEquals(4, plan.annotations(), () -> plan.diff() + plan.skipped());
    plan.write();
    assertEquals("""
        package shop;

        import dev.datawarden.annotations.PersonalInfo;
        import dev.datawarden.annotations.PersonalInfoCategory;
        import org.springframework.web.bind.annotation.GetMapping;
        import org.springframework.web.bind.annotation.RequestParam;

        /** What the sign-up page posts. */
        public class Form {
          @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "TODO", retention = "TODO")
          private String mobile; // as typed
          @PersonalInfo(category = PersonalInfoCategory.ID_NUMBER, purposes = "TODO", retention = "TODO")
          private String shenfenzheng;
          private int phoneCount;

          record Contact(@PersonalInfo(category = PersonalInfoCategory.EMAIL, purposes = "TODO", retention = "TODO") String email) {}

          @GetMapping("/lookup")
          public Form lookup(@RequestParam @PersonalInfo(category = PersonalInfoCategory.DEVICE_ID, purposes = "TODO", retention = "TODO") String deviceId) {
            return null;
          }
        }
        """, Files.readString(src.resolve("Form.java")));
    AnalysisResult second = Analyzer.analyze(request);
    assertEquals(List.of(), second.findings().stream().filter(f -> f.ruleKey().equals(AnnotateFix.RULE_KEY)).toList());
    assertEquals(List.of(), AnnotateFix.plan(dir, second.findings()).edits());
  }

  @Test
  void generatedFilesGoToTheCatalogAndOnlyThere() throws Exception {
    // contract: a file carrying a generator's marker is not edited (the next generation would undo it);
    // its suggestions join the catalog; an @author line is no marker
    String generated = """
        package shop.gen;

        /**
         * This class was generated by MyBatis Generator.
         * This class corresponds to the database table member
         */
        public class Member {
          private String mobile;

          public static class Card {
            private String number;
          }
        }
        """;
    String authored = """
        package p;

        /** @author code-generator */
        public class A {
          private String phone;
        }
        """;
    Files.createDirectories(dir.resolve("shop/gen"));
    Files.writeString(dir.resolve("shop/gen/Member.java"), generated);
    write(authored);
    Files.writeString(dir.resolve("datawarden.yml"), "# ours\nsink:\n  - {type: a.B, kind: LOG}\n");
    Finding mobile = finding(new Location("shop/gen/Member.java", 8, 18), PHONE);
    Finding card = finding(new Location("shop/gen/Member.java", 11, 20),
        SuggestedAnnotation.sensitive(SensitiveCategory.FINANCIAL_ACCOUNT));
    AnnotateFix.CatalogTarget catalog = new AnnotateFix.CatalogTarget(dir.resolve("datawarden.yml"), "datawarden.yml", false);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, List.of(mobile, card, on(authored, "String phone", "phone", PHONE)),
        StandardCharsets.UTF_8, catalog, java.util.Locale.ENGLISH);
    assertEquals(List.of(), plan.skipped());
    assertEquals(List.of(new AnnotateFix.GeneratedFile("shop/gen/Member.java",
        "\"This class was generated by MyBatis Generator.\"")), plan.generated());
    assertEquals(List.of("p/A.java", "datawarden.yml"), plan.edits().stream().map(AnnotateFix.FileEdit::displayPath).toList());
    assertEquals(1, plan.annotations());
    assertEquals(2, plan.catalogEntries());
    String dryRun = plan.diff();
    plan.write();
    assertEquals(generated, Files.readString(dir.resolve("shop/gen/Member.java")));
    assertEquals("""
        # ours
        sink:
          - {type: a.B, kind: LOG}
        personalInfo:
          # suggested by DataWarden annotate: replace TODO with the purposes and the retention (an ISO-8601 duration such as P3Y)
          - {field: "shop.gen.Member#mobile", category: PHONE, purposes: [TODO], retention: TODO}
        sensitive:
          - {field: "shop.gen.Member$Card#number", value: FINANCIAL_ACCOUNT, purposes: [TODO], retention: TODO}
        """, Files.readString(dir.resolve("datawarden.yml")));
    assertTrue(dryRun.contains("+++ b/datawarden.yml\n") && dryRun.contains("+  - {field: \"shop.gen.Member#mobile\""),
        "the dry run shows the catalog's change as the real run writes it");
    // a second run adds nothing
    assertEquals(List.of(), AnnotateFix.plan(dir, List.of(mobile, card), StandardCharsets.UTF_8, catalog,
        java.util.Locale.ENGLISH).edits());
  }

  @Test
  void toCatalogSendsEverySuggestionThereButParameters() throws Exception {
    String source = "package p;\n\n@javax.annotation.processing.Generated(\"x\")\nclass A {\n  String phone;\n"
        + "  void post(String mobile) {}\n}\n";
    write(source);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, List.of(on(source, "String phone", "phone", PHONE),
        on(source, "String mobile", "mobile", PHONE)), StandardCharsets.UTF_8,
        new AnnotateFix.CatalogTarget(dir.resolve("c.yml"), "c.yml", true), java.util.Locale.ENGLISH);
    assertEquals(List.of("c.yml"), plan.edits().stream().map(AnnotateFix.FileEdit::displayPath).toList());
    assertEquals(List.of("a catalog names no parameter: annotate it in the sources"),
        plan.skipped().stream().map(AnnotateFix.Skipped::reason).toList());
    assertEquals(List.of(new AnnotateFix.GeneratedFile("p/A.java", "@javax.annotation.processing.Generated")),
        plan.generated());
  }

  private String fix(String source, List<Finding> findings) throws Exception {
    Path file = write(source);
    AnnotateFix.Plan plan = AnnotateFix.plan(dir, findings);
    assertEquals(List.of(), plan.skipped());
    plan.write();
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private Path write(String source) throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Path file = dir.resolve("p/A.java");
    Files.writeString(file, source);
    return file;
  }

  /** A finding of the rule on the element {@code name} declared on the first line containing {@code line}. */
  private static Finding on(String source, String line, String name, SuggestedAnnotation s) {
    List<String> lines = new ArrayList<>(source.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(line)) {
        Matcher m = Pattern.compile("\\b" + name + "\\b").matcher(lines.get(i).substring(lines.get(i).indexOf(line)));
        m.find();
        return finding(new Location("p/A.java", i + 1, lines.get(i).indexOf(line) + m.start() + 1), s);
      }
    }
    throw new AssertionError("no line with " + line);
  }

  private static Finding finding(Location at, SuggestedAnnotation s) {
    return new Finding(AnnotateFix.RULE_KEY, Severity.INFO, "X looks like personal information (" + s.label()
        + ") but is not declared; annotate it " + s.sourceWithPlaceholders() + " (Art. 21, 29)", at, List.of());
  }
}
