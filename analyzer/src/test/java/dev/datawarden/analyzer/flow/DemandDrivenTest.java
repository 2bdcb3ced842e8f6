package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.AnalysisResult;
import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.testing.FixtureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine analyses only the methods declared data can reach. Each case here reaches a method
 * that reads no declared data of its own only in one of the ways the engine learns while it runs:
 * a callee handing data out, data stored in a field read elsewhere, a method reference, an
 * implicit {@code toString}, an encrypted value stored through a setter. {@link FixtureVerifier}
 * checks each case both ways against its markers, and that analysing every method reports exactly
 * the same.
 */
class DemandDrivenTest {
  @TempDir Path dir;

  private static final String MEMBER = """
      package p;
      import dev.datawarden.annotations.*;
      public class Member {
        @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") String mobile;
        String nickname;
        public String getMobile() { return mobile; }
        public String getNickname() { return nickname; }
      }
      """;

  private void verify(String body) throws Exception {
    verifier(body).verify();
  }

  private FixtureVerifier verifier(String body) throws Exception {
    write("p/Member.java", MEMBER);
    write("p/Case.java", """
        package p;
        import java.util.*;
        import org.slf4j.Logger;
        import org.slf4j.LoggerFactory;
        import dev.datawarden.annotations.*;
        public class Case {
          static final Logger log = LoggerFactory.getLogger(Case.class);
        """ + body + "\n}\n");
    // the engine on declared data: nickname, declared nowhere, is the control that must not flow
    return FixtureVerifier.create().base(dir).source(dir).only("PersonalInfoLogged", "UnencryptedSensitiveData")
        .declaredDataOnly();
  }

  private void write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  @Test
  void callersOfAMethodHandingDataOutAreAnalysedUpTheCalls() throws Exception {
    verify("""
          static Member current = new Member();
          static String read() { return current.mobile; }
          static String passOn() { return read(); }
          static String again() { return passOn(); }
          static String name() { return current.getNickname(); }
          static void top() {
            log.info(again()); // Noncompliant: PersonalInfoLogged
            log.info(name()); // Compliant: not declared
          }
        """);
  }

  @Test
  void dataStoredInAFieldReachesItsReaders() throws Exception {
    verify("""
          private String last;
          private String other;
          void remember(Member m) { last = m.mobile; other = m.getNickname(); }
          void report() {
            log.info(last); // Noncompliant: PersonalInfoLogged
            log.info(other); // Compliant: only a nickname was stored there
          }
        """);
  }

  @Test
  void aMethodReferenceToAMethodHandingDataOut() throws Exception {
    verify("""
          static Member current = new Member();
          static String phoneOf(String id) { return current.mobile; }
          static String nameOf(String id) { return current.getNickname(); }
          void all(List<String> ids) {
            ids.stream().map(Case::phoneOf).forEach(s -> log.info(s)); // Noncompliant: PersonalInfoLogged
            ids.stream().map(Case::nameOf).forEach(s -> log.info(s)); // Compliant: not declared
          }
        """);
  }

  @Test
  void anAnalysedToStringThatPrintsDataOfAnotherObject() throws Exception {
    write("p/Label.java", """
        package p;
        public class Label {
          private final Member member;
          Label(Member member) { this.member = member; }
          @Override public String toString() { return "label " + member.getMobile(); }
        }
        """);
    write("p/Tag.java", """
        package p;
        public class Tag {
          private final Member member;
          Tag(Member member) { this.member = member; }
          @Override public String toString() { return "tag " + member.getNickname(); }
        }
        """);
    verify("""
          void print(Label label, Tag tag) {
            log.info("printing " + label); // Noncompliant: PersonalInfoLogged
            log.info("printing " + tag); // Compliant: its toString prints no declared data
          }
        """);
  }

  /** A card whose declared number is written through a setter, and an encrypting method. */
  private void writeCardAndCipher() throws Exception {
    write("p/Card.java", """
        package p;
        import dev.datawarden.annotations.*;
        public class Card {
          @Sensitive(value = SensitiveCategory.FINANCIAL_ACCOUNT, retention = "P1Y") private String number;
          void setNumber(String n) { number = n; }
          String getNumber() { return number; }
        }
        """);
    write("p/Cipher.java", """
        package p;
        import dev.datawarden.annotations.*;
        public class Cipher {
          @Encrypts static String seal(String s) { return new StringBuilder(s).reverse().toString(); }
        }
        """);
  }

  @Test
  void encryptedValuesStoredThroughASetterOutsideTheDataPath() throws Exception {
    writeCardAndCipher();
    verifier("""
          void keep(Card card, String number) { card.setNumber(Cipher.seal(number)); }
          void save(java.sql.PreparedStatement s, Card card) throws java.sql.SQLException {
            s.setString(1, card.getNumber()); // Compliant: only encrypted values are ever stored in it
          }
        """).expectNoFindings().verify();
  }

  @Test
  void aClearValueStoredThroughTheSameSetterIsReported() throws Exception {
    writeCardAndCipher();
    verify("""
          void keep(Card card, String number) { card.setNumber(Cipher.seal(number)); }
          void copy(Card from, Card to) { to.setNumber(from.getNumber()); }
          void save(java.sql.PreparedStatement s, Card card) throws java.sql.SQLException {
            s.setString(1, card.getNumber()); // Noncompliant: UnencryptedSensitiveData
          }
        """);
  }

  @Test
  void recursionHandingDataOut() throws Exception {
    verify("""
          String down(Member m, int n) { return n == 0 ? m.mobile : up(m, n - 1); }
          String up(Member m, int n) { return down(m, n); }
          void start(Member m) {
            log.info(up(m, 3)); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  /** The flow phase's detail: "... analysed 3 of 40 methods, 3 times (...)". */
  private static int[] work(AnalysisRequest request, FlowEngine.Mode mode) {
    List<String> details = new ArrayList<>();
    AnalysisResult result = Analyzer.analyze(request.withExhaustiveFlow(mode == FlowEngine.Mode.EXHAUSTIVE),
        (phase, millis, detail) -> {
          if (phase.equals("flow")) {
            details.add(detail);
          }
        });
    assertTrue(result.problems().isEmpty(), result.problems().toString());
    Matcher m = Pattern.compile("analysed ([\\d,]+) of ([\\d,]+) methods").matcher(details.get(0));
    assertTrue(m.find(), details.toString());
    return new int[] {Integer.parseInt(m.group(1).replace(",", "")), Integer.parseInt(m.group(2).replace(",", ""))};
  }

  @Test
  void codeDataCannotReachIsNotAnalysed() throws Exception {
    write("p/Member.java", MEMBER);
    StringBuilder unrelated = new StringBuilder("package p;\npublic class Arithmetic {\n");
    for (int i = 0; i < 30; i++) {
      unrelated.append("  int f").append(i).append("(int x) { return x * ").append(i).append(" + f")
          .append(i + 1).append("(x); }\n");
    }
    unrelated.append("  int f30(int x) { return x; }\n}\n");
    write("p/Arithmetic.java", unrelated.toString());
    write("p/Service.java", """
        package p;
        public class Service {
          static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Service.class);
          String phone(Member m) { return m.mobile; }
          void run(Member m) { log.info(phone(m)); }
        }
        """);
    AnalysisRequest request = AnalysisRequest.builder().addSourceRoot(dir).baseDirectory(dir)
        .classpath(dev.datawarden.analyzer.testing.Fixtures.classpath()).build();
    int[] demand = work(request, FlowEngine.Mode.DEMAND);
    int[] every = work(request, FlowEngine.Mode.EXHAUSTIVE);
    assertEquals(every[1], demand[1]);
    assertEquals(every[1], every[0], "every method analysed");
    // phone() reads the data, run() calls it; Member's getMobile reads it too; nothing of Arithmetic
    assertTrue(demand[0] <= 4, "analysed " + demand[0] + " of " + demand[1]);
    assertTrue(demand[1] > 30);
  }
}
