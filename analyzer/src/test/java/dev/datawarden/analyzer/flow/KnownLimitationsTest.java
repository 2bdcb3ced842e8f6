package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.testing.FixtureVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the engine deliberately does not track, kept as passing tests: each states today's
 * behaviour, so a change to it is a decision, not an accident. A test that starts failing because
 * the engine got better should move to {@code PropagationTest}.
 */
class KnownLimitationsTest {
  @TempDir Path dir;

  /**
   * Verifies class {@code p.Case} with {@code body}, beside {@code User}, against the markers of
   * {@code rule} in the body: each says where today's engine reports; none, with {@code expectNoFindings}.
   */
  private void verify(String rule, String body, boolean expectNoFindings) throws Exception {
    Files.createDirectories(dir.resolve("p"));
    Files.writeString(dir.resolve("p/User.java"), """
        package p;
        import dev.datawarden.annotations.*;
        public class User {
          @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = "P1Y") public String phone;
        }
        """);
    Files.writeString(dir.resolve("p/Case.java"), """
        package p;
        import java.util.*;
        public class Case {
          static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Case.class);
        """ + body + "\n}\n");
    FixtureVerifier verifier = FixtureVerifier.create().base(dir).source(dir).only(rule).withoutClasspath();
    (expectNoFindings ? verifier.expectNoFindings() : verifier).verify();
  }

  private void logged(String body) throws Exception {
    verify("PersonalInfoLogged", body, false);
  }

  private void notLogged(String body) throws Exception {
    verify("PersonalInfoLogged", body, true);
  }

  @Test
  void fieldsAreTrackedPerField_notPerObject() throws Exception {
    // once any Box held a phone number, every Box's value counts as one: a false positive
    logged("""
          static class Box { String value; }
          void run(User u) {
            Box a = new Box(); a.value = u.phone;
            Box b = new Box(); b.value = "plain";
            log.info(b.value); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void collectionElementsAreNotTrackedOneByOne() throws Exception {
    // a list holding a phone number anywhere taints all of it: element 1 counts too
    logged("""
          void run(User u) {
            List<String> l = new ArrayList<>(List.of("a"));
            l.add(u.phone);
            log.info(l.get(0)); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void reflectionIsNotFollowed() throws Exception {
    // a field read through reflection is not a source: a missed flow
    notLogged("""
          void run(User u) throws Exception {
            Object v = User.class.getField("phone").get(u);
            log.info(String.valueOf(v));
          }
        """);
  }

  @Test
  void aggregatesKeepTheirParts() throws Exception {
    // counting by phone number still counts as the phone number: taint does not know aggregation
    logged("""
          void run(List<User> users) {
            Map<String, Integer> counts = new HashMap<>();
            for (User u : users) { counts.merge(u.phone, 1, Integer::sum); }
            log.info("{}", counts.size() + " " + counts.keySet()); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void libraryCallbacksOtherThanLambdasAreNotFollowed() throws Exception {
    // an anonymous class handed to a library is analysed on its own, with no data bound to its parameters
    notLogged("""
          void run(List<User> users) {
            users.forEach(new java.util.function.Consumer<User>() {
              public void accept(User x) { log.info(x.toString()); }
            });
          }
        """);
  }

  @Test
  void sinkStreamsHandedToAnotherMethodAreNotFollowed() throws Exception {
    // the stream HttpURLConnection.getOutputStream() returns is a network sink in the method that opens
    // it; a method it is passed to as a parameter writes to a plain OutputStream as far as it knows
    verify("UnloggedTransfer", """
          void send(java.net.HttpURLConnection conn, User u) throws java.io.IOException {
            writeBody(conn.getOutputStream(), u.phone);
          }
          private void writeBody(java.io.OutputStream os, String body) throws java.io.IOException {
            os.write(body.getBytes());
          }
        """, true);
  }
}
