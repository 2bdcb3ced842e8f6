package dev.datawarden.analyzer.rules.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import dev.datawarden.analyzer.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnannotatedPersonalInfoTest {
  private static final String KEY = "UnannotatedPersonalInfo";

  @TempDir Path dir;

  @Test
  void sample() {
    FixtureVerifier.create().source(Fixtures.ruleSample(KEY)).only(KEY).verify();
  }

  @Test
  void sampleWithoutClasspath() {
    FixtureVerifier.create().source(Fixtures.ruleSample(KEY)).only(KEY).withoutClasspath().verify();
  }

  // contract: a class a generator wrote for an entity beside it (MemberQuery for Member) does not report
  // again the fields the entity or a hand-written type reports; the entity, a generated entity of its
  // own (MemberCard) and a field only the generated class has are reported; MyBatis Generator's
  // criteria (MemberExample) report nothing
  @Test
  void generatedCodeReportsNoDuplicate() {
    FixtureVerifier generated = FixtureVerifier.create()
        .source(Fixtures.root().resolve("src/main/java/dev/datawarden/fixtures/discovery/generated"))
        .only(KEY);
    generated.verify();
    generated.withoutClasspath().verify();
  }

  @Test
  void catalogEntriesDeclareFieldsOfGeneratedCode() throws Exception {
    // contract: a field described in a catalog is declared, whatever its name
    Files.writeString(dir.resolve("datawarden.yml"), """
        personalInfo:
          - {field: "p.Contact#mobile", category: PHONE, retention: P1Y}
        """);
    assertEquals(List.of("Contact.email"), reported("""
        package p;
        public class Contact {
          protected String mobile;
          protected String email;
        }
        """, dir.resolve("datawarden.yml")));
  }

  @Test
  void suppressionSilencesANameThatOnlyLooksLikePersonalInformation() throws Exception {
    assertEquals(List.of(), reported("""
        package p;
        public class Antenna {
          @SuppressWarnings("datawarden:UnannotatedPersonalInfo") // a radio's own coordinates
          private double latitude;
        }
        """, null));
  }

  // Known misses: what the rule does not see today, kept as passing tests stating the current
  // behaviour. A test that fails because the rule got better should move to the sample.

  @Test
  void knownMiss_valuesCopiedThroughCollectionsAreNotFollowed() throws Exception {
    // Form.contact ends up in Member.mobile through a map: not seen, not reported
    assertEquals(List.of(), reported(MEMBER + """
        class Form {
          String contact;
          Member toMember() {
            java.util.Map<String, String> values = new java.util.HashMap<>();
            values.put("mobile", contact);
            Member m = new Member();
            m.mobile = values.get("mobile");
            return m;
          }
        }
        """, null));
  }

  @Test
  void knownMiss_reflectiveCopiesAreNotFollowed() throws Exception {
    // BeanUtils.copyProperties(form, member) and MapStruct-style generated mappers are opaque
    assertEquals(List.of(), reported(MEMBER + """
        class Form {
          String contact;
          static void copy(Object from, Object to) {}
          Member toMember() {
            Member m = new Member();
            copy(this, m);
            return m;
          }
        }
        """, null));
  }

  @Test
  void knownMiss_valuesReadByKeyAreNotNames() throws Exception {
    // a column read from a ResultSet or a JSON map by its name is not a field or a parameter
    assertEquals(List.of(), reported("""
        package p;
        class Rows {
          String first(java.sql.ResultSet row) throws java.sql.SQLException {
            String mobile = row.getString("mobile");
            return mobile;
          }
        }
        """, null));
  }

  @Test
  void knownMiss_parametersOfMethodsThatAreNotEndpoints() throws Exception {
    // without endpoints, uncalled public methods stand in as entry points: too many to report
    assertEquals(List.of(), reported("""
        package p;
        public class Api {
          public void register(String mobile) {}
        }
        """, null));
  }

  @Test
  void knownMiss_namesOutsideThePatterns() throws Exception {
    // a WeChat id or a licence plate is personal information, but not among the names known today
    assertEquals(List.of(), reported("""
        package p;
        class Driver {
          String wechatId;
          String licencePlate;
        }
        """, null));
  }

  private static final String MEMBER = """
      package p;
      import dev.datawarden.annotations.*;
      class Member {
        @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String mobile;
      }
      """;

  /** The elements reported in one source file, named after its first type, by display name. */
  private List<String> reported(String source, Path catalog) throws Exception {
    Path src = dir.resolve("src/p");
    Files.createDirectories(src);
    java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?:class|record|interface) (\\w+)").matcher(source);
    type.find();
    Files.writeString(src.resolve(type.group(1) + ".java"), source);
    AnalysisRequest.Builder request = AnalysisRequest.builder().addSourceRoot(dir.resolve("src")).baseDirectory(dir);
    if (catalog != null) {
      request.addCatalog(catalog);
    }
    AnalysisResult result = Analyzer.analyze(request.build());
    return result.findings().stream().filter(f -> f.ruleKey().equals(KEY)).map(Finding::message)
        .map(m -> m.substring(0, m.indexOf(" looks like"))).toList();
  }
}
