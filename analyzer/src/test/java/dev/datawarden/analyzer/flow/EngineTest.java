package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's facts: sinks from the catalogs, framework sinks, entry points, paths, one finding per sink. */
class EngineTest {
  @TempDir Path dir;

  private static final String USER = """
      package p;
      import dev.datawarden.annotations.*;
      public class User {
        @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") public String phone;
        @Sensitive(value = SensitiveCategory.BIOMETRIC, retention = "P1Y") public byte[] face;
        public String city;
      }
      """;

  private void write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  @Test
  void builtinSinksMatchByTypeNameWithoutAClassPath() throws Exception {
    write("p/User.java", USER);
    write("p/Sinks.java", """
        package p;
        import org.springframework.web.client.RestTemplate;
        import org.springframework.kafka.core.KafkaTemplate;
        import org.springframework.jdbc.core.JdbcTemplate;
        import com.baomidou.mybatisplus.core.mapper.BaseMapper;
        import org.springframework.data.jpa.repository.JpaRepository;
        import org.apache.ibatis.annotations.Mapper;
        public class Sinks {
          RestTemplate rest; KafkaTemplate<String, String> kafka; JdbcTemplate jdbc;
          UserRepository repository; FaceMapper faces;
          interface UserRepository extends JpaRepository<User, Long> {}
          @org.springframework.cloud.openfeign.FeignClient(name = "crm") interface CrmClient { void upsert(String phone); }
          CrmClient crm;
          @Mapper interface FaceMapper { int insertFace(byte[] face); byte[] selectFace(long id); }
          public void run(User u) {
            rest.postForObject("https://x", u.phone, String.class); // Noncompliant: UnloggedTransfer
            kafka.send("topic", u.phone); // Noncompliant: UnloggedTransfer
            jdbc.update("UPDATE u SET face = ?", u.face); // Noncompliant: UnencryptedSensitiveData
            repository.save(u); // Noncompliant: UnencryptedSensitiveData
            faces.insertFace(u.face); // Noncompliant: UnencryptedSensitiveData
            faces.selectFace(1L); // Compliant: a read, no data given
            rest.getForObject("https://x/" + u.city, String.class); // Compliant: city is not declared
            crm.upsert(u.phone); // Noncompliant: UnloggedTransfer
          }
        }
        """);
    FixtureVerifier.create().base(dir).source(dir).only("UnloggedTransfer", "UnencryptedSensitiveData")
        .withoutClasspath().verify();
  }

  @Test
  void userCatalogDescribesLibraryCode() throws Exception {
    write("p/User.java", USER);
    write("p/Uses.java", """
        package p;
        import com.vendor.Tracker;
        import com.vendor.Crm;
        public class Uses {
          Tracker tracker; Crm crm;
          public void run(User u) {
            tracker.track(u.phone); // Noncompliant: UnloggedTransfer
            tracker.track(crm.scrub(u.phone)); // Compliant: catalogued @Anonymizes
            tracker.track(crm.lookupPhone(42)); // Noncompliant: UnloggedTransfer
          }
        }
        """);
    Path catalog = dir.resolve("datawarden.yml");
    Files.writeString(catalog, """
        sink:
          - {type: com.vendor.Tracker, kind: NETWORK}
        anonymizes:
          - {method: "com.vendor.Crm#scrub"}
        personalInfo:
          - {method: "com.vendor.Crm#lookupPhone", category: PHONE, retention: P1Y}
        """);
    FixtureVerifier.create().base(dir).source(dir.resolve("p")).catalog(catalog).only("UnloggedTransfer")
        .withoutClasspath().verify();
  }

  @Test
  void findingCarriesItsPathFromSourceToSink() throws Exception {
    write("p/User.java", USER);
    write("p/Flow.java", """
        package p;
        public class Flow {
          static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Flow.class);
          public void entry(User u) {
            String p = u.phone;
            helper(p);
          }
          void helper(String value) {
            log.info(value);
          }
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir).baseDirectory(dir).build());
    Finding f = result.findings().stream().filter(x -> x.ruleKey().equals("PersonalInfoLogged")).findFirst().orElseThrow();
    assertEquals("p/Flow.java", f.location().file());
    assertEquals(9, f.location().line());
    List<String> steps = f.path().stream().map(s -> s.location().line() + " " + s.label()).toList();
    assertEquals(List.of("5 read User.phone (PHONE)", "5 assigned to p", "6 passed to Flow.helper()",
        "9 reaches Logger.info()"), steps);
    assertTrue(f.path().stream().map(PathStep::location).allMatch(l -> l.file().equals("p/Flow.java")));
  }

  @Test
  void oneFindingPerSinkCallAndCategory() throws Exception {
    write("p/User.java", USER);
    write("p/Twice.java", """
        package p;
        public class Twice {
          static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Twice.class);
          public void a(User u) { print(u.phone); }
          public void b(User u) { print(u.phone + "!"); }
          void print(String s) { log.info(s); }
        }
        """);
    AnalysisResult result = Analyzer.analyze(AnalysisRequest.builder().addSourceRoot(dir).baseDirectory(dir).build());
    assertEquals(1, result.findings().stream().filter(x -> x.ruleKey().equals("PersonalInfoLogged")).count());
  }

  @Test
  void entryPointsAreFrameworkMethodsOrElseUncalledPublicMethods() throws Exception {
    write("p/Web.java", """
        package p;
        import org.springframework.web.bind.annotation.*;
        @RestController
        public class Web {
          @PostMapping("/a") public void a() { b(); }
          public void b() { }
          public void c() { }
          @org.springframework.scheduling.annotation.Scheduled(cron = "0 0 * * * *") public void job() { }
          public static void main(String[] args) { }
        }
        """);
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(dir).baseDirectory(dir).build();
    List<String> entries = entryPoints(request);
    assertEquals(List.of("a", "job", "main"), entries);

    Path plain = dir.resolve("plain");
    Files.createDirectories(plain.resolve("q"));
    Files.writeString(plain.resolve("q/Lib.java"), """
        package q;
        public class Lib {
          public void api() { inner(); }
          public void inner() { }
          void hidden() { }
        }
        """);
    assertEquals(List.of("api"), entryPoints(AnalysisRequest.builder().addSourceRoot(plain).baseDirectory(plain).build()));
  }

  private static List<String> entryPoints(AnalysisRequest request) {
    var problems = new java.util.ArrayList<dev.datawarden.analyzer.api.Problem>();
    var model = new dev.datawarden.analyzer.model.ModelBuilder(request.sourceRoots(), List.of(), false, 17,
        request.baseDirectory()).build(problems::add);
    CallGraph graph = new CallGraph(model.index(), dev.datawarden.analyzer.frameworks.Frameworks.standard());
    return graph.entryPoints().stream().map(e -> e.getSimpleName()).sorted().toList();
  }

  @Test
  void transferInsideAnAnnotatedTransferIsThatTransfer() throws Exception {
    write("p/User.java", USER);
    write("p/Sms.java", """
        package p;
        import dev.datawarden.annotations.*;
        public class Sms {
          java.net.http.HttpClient http;
          @TransferLog void record() { }
          @ThirdPartyTransfer(recipient = "SMS Co", agreement = "DPA-1")
          public void send(String phone) throws Exception {
            post(phone); // Compliant: the HTTP call is the annotated transfer, reported at its callers
          }
          private void post(String body) throws Exception {
            http.send(java.net.http.HttpRequest.newBuilder().POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), null);
          }
          public void notify(User u) throws Exception {
            send(u.phone); // Noncompliant: UnloggedTransfer
          }
          public void notifyRecorded(User u) throws Exception {
            record();
            send(u.phone); // Compliant: recorded
          }
        }
        """);
    AnalysisResult result = FixtureVerifier.create().base(dir).source(dir).only("UnloggedTransfer").verify();
    assertFalse(result.findings().isEmpty());
  }
}
