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
  void fieldsOfObjectsFromElsewhereAreTrackedPerField() throws Exception {
    // only objects allocated in the method are told apart; a Box received as a parameter may be any
    // Box, so once any Box held a phone number its value counts as one: a false positive when it is not
    logged("""
          static class Box { String value; }
          void run(User u, Box given) {
            Box a = new Box(); a.value = u.phone;
            log.info(given.value); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void accessPathsAreOneFieldLong() throws Exception {
    // the bound on object sensitivity: a field of a field (o.inner.value) is followed per field
    logged("""
          static class Inner { String value; }
          static class Outer { Inner inner = null; }
          void run(User u) {
            Inner a = new Inner(); a.value = u.phone;
            Outer o = new Outer(); o.inner = new Inner(); o.inner.value = "plain";
            log.info(o.inner.value); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void fieldsOfThisAreNotUpdatedStrongly() throws Exception {
    // another thread, or any call, may write a field of this between two statements: the phone
    // number written first still counts after the constant
    logged("""
          String value;
          void run(User u) {
            value = u.phone;
            value = "plain";
            log.info(value); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void listElementsAreNotTrackedOneByOne() throws Exception {
    // arrays at constant indices and maps at constant keys are told apart, list positions are not
    // (add and remove shift them): a list holding a phone number anywhere taints all of it
    logged("""
          void run(User u) {
            List<String> l = new ArrayList<>(List.of("a"));
            l.add(u.phone);
            log.info(l.get(0)); // Noncompliant: PersonalInfoLogged
          }
        """);
  }

  @Test
  void reflectionWithNamesNotConstantIsNotFollowed() throws Exception {
    // a member named by a value the method cannot tell is not resolved: a missed flow
    notLogged("""
          void run(User u, String name) throws Exception {
            Object v = User.class.getField(name).get(u);
            log.info(String.valueOf(v));
          }
        """);
  }

  @Test
  void retestedConditionsAreCorrelatedWithinOneBlockOnly() throws Exception {
    // the second test of choice is decided on each path only when both tests are statements of the
    // same block; here the second is nested in another statement: a false positive
    logged("""
          void run(User u, boolean choice, boolean other) {
            String name = u.phone;
            if (choice) { name = "abc"; }
            if (other) {
              if (choice) { log.info(name); } // Noncompliant: PersonalInfoLogged
            }
          }
        """);
  }

  @Test
  void decodersDoNotRestoreAnonymisedData() throws Exception {
    // the vocabulary cannot yet say that a method undoes an @Anonymizes one (a restores catalog
    // key, issue #16 point 7): what an encoder made safe stays safe after its decoder, a missed flow
    notLogged("""
          @dev.datawarden.annotations.Anonymizes
          static String encode(String s) { return new StringBuilder(s).reverse().toString(); }
          static String decode(String s) { return new StringBuilder(s).reverse().toString(); }
          void run(User u) {
            log.info(decode(encode(u.phone)));
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
