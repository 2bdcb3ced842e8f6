package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.flow.Taint.FromParameter;
import dev.datawarden.analyzer.flow.Taint.FromSource;
import dev.datawarden.analyzer.flow.Taint.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The taint lattice the engine computes with: which origins a value carries, each with its
 * shortest path. Small taints look their origins up one by one, large ones by hash: both are
 * exercised, as fixtures rarely carry more than a few origins.
 */
class TaintTest {
  private static PathStep step(int line) {
    return new PathStep(new Location("A.java", line, 1), "step " + line);
  }

  private static List<PathStep> path(int... lines) {
    return IntStream.of(lines).mapToObj(TaintTest::step).toList();
  }

  private static Source source(String name) {
    return new Source(Source.Kind.PERSONAL, "PHONE", "PHONE", name, new Location("A.java", name.length(), 1),
        List.of(), null, "CONSENT");
  }

  private static Origin parameter(int i) {
    return new FromParameter(i, false);
  }

  /** A taint of {@code count} parameters, parameter {@code i} with a path of {@code i + 1} steps. */
  private static Taint parameters(int count) {
    Taint t = Taint.NONE;
    for (int i = 0; i < count; i++) {
      t = t.join(Taint.of(parameter(i), path(IntStream.rangeClosed(0, i).toArray())));
    }
    return t;
  }

  @Test
  void joinKeepsTheOrderOriginsCameInAndTheShorterPathOfEach() {
    Taint a = Taint.of(parameter(0), path(1, 2, 3)).join(Taint.of(parameter(1), path(4)));
    Taint b = Taint.of(parameter(2), path(5)).join(Taint.of(parameter(0), path(6)));
    Taint joined = a.join(b);
    assertEquals(List.of(parameter(0), parameter(1), parameter(2)), new ArrayList<>(joined.origins()));
    assertEquals(path(6), joined.path(parameter(0)), "the shorter path wins");
    assertEquals(path(4), joined.path(parameter(1)));
    assertEquals(List.of(), joined.path(parameter(3)), "no path for an origin it does not carry");
    assertSame(joined, joined.join(a), "nothing new, nothing shorter: the same taint");
    assertSame(a, a.join(Taint.NONE));
    assertSame(b, Taint.NONE.join(b));
  }

  @Test
  void betweenPathsAsLongTheFirstInTheCodeWinsWhateverTheOrderOfTheJoin() {
    Taint early = Taint.of(parameter(0), path(1, 2));
    Taint late = Taint.of(parameter(0), path(1, 3));
    assertEquals(path(1, 2), early.join(late).path(parameter(0)));
    assertEquals(path(1, 2), late.join(early).path(parameter(0)));
  }

  @Test
  void manyOriginsAreFoundByHashWithTheSameAnswers() {
    int many = Taint.INDEXED * 2 + 1;
    Taint large = parameters(many);
    assertEquals(many, large.origins().size());
    for (int i = 0; i < many; i++) {
      assertEquals(i + 1, large.path(parameter(i)).size(), "parameter " + i);
      assertTrue(large.origins().contains(parameter(i)));
    }
    assertFalse(large.origins().contains(parameter(many)));
    // the same origins joined the other way round: equal, whatever the order
    Taint reversed = Taint.NONE;
    for (int i = many - 1; i >= 0; i--) {
      reversed = reversed.join(Taint.of(parameter(i), path(IntStream.rangeClosed(0, i).toArray())));
    }
    assertTrue(large.sameOrigins(reversed));
    assertEquals(large, reversed);
    assertEquals(large.hashCode(), reversed.hashCode());
    assertSame(large, large.join(reversed));
    // one shorter path among many
    Taint shorter = large.join(Taint.of(parameter(many - 1), path(99)));
    assertEquals(path(99), shorter.path(parameter(many - 1)));
    assertNotEquals(large, shorter);
    assertTrue(large.sameOrigins(shorter));
    assertFalse(large.sameOrigins(parameters(many - 1)));
  }

  @Test
  void stepAppendsToEveryPathOnceAndLongPathsKeepTheirEnds() {
    Taint t = Taint.of(parameter(0), path(1)).join(Taint.of(parameter(1), path(2)));
    PathStep hop = step(10);
    Taint stepped = t.step(hop).step(hop);
    assertEquals(path(1, 10), stepped.path(parameter(0)), "the same step twice in a row is one hop");
    assertEquals(path(2, 10), stepped.path(parameter(1)));
    Taint longer = Taint.of(parameter(0), path(IntStream.rangeClosed(1, Taint.MAX_PATH).toArray())).step(step(100));
    List<PathStep> cut = longer.path(parameter(0));
    assertEquals(Taint.MAX_PATH, cut.size());
    assertEquals(step(1), cut.get(0));
    assertEquals(step(Taint.MAX_PATH / 2), cut.get(Taint.MAX_PATH / 2 - 1));
    assertEquals(step(100), cut.get(Taint.MAX_PATH - 1));
  }

  @Test
  void instantiatingReplacesEachParameterByWhatTheCallerGives() {
    Source mobile = source("User.mobile");
    Source email = source("User.email");
    Origin mobileOrigin = new FromSource(mobile, false);
    Taint summary = Taint.of(parameter(0), path(20)) // returns its first parameter
        .join(Taint.of(new FromParameter(1, true), path(21))) // and its second, encrypted
        .join(Taint.of(new FromSource(email, false), path(22))); // and data of its own
    PathStep call = step(30);
    Taint given = Taint.of(mobileOrigin, path(1));
    Map<Integer, Taint> arguments = Map.of(0, given, 1, given);
    Taint result = summary.instantiate(i -> arguments.getOrDefault(i, Taint.NONE), call);
    assertEquals(List.of(mobileOrigin, new FromSource(mobile, true), new FromSource(email, false)),
        new ArrayList<>(result.origins()));
    assertEquals(path(1, 30, 20), result.path(mobileOrigin), "the caller's path, the call, the callee's path");
    assertEquals(path(1, 30, 21), result.path(new FromSource(mobile, true)));
    assertEquals(path(22), result.path(new FromSource(email, false)));
    assertFalse(result.hasParameters());

    Taint nothingGiven = summary.instantiate(i -> Taint.NONE, call);
    assertEquals(List.of(new FromSource(email, false)), new ArrayList<>(nothingGiven.origins()));
    assertSame(nothingGiven, nothingGiven.instantiate(i -> given, call), "declared data only: as it is");
  }

  @Test
  void encryptedAndConcreteKeepTheShorterPathOfOriginsThatMeet() {
    Source mobile = source("User.mobile");
    Taint both = Taint.of(new FromSource(mobile, false), path(1, 2, 3))
        .join(Taint.of(new FromSource(mobile, true), path(4)))
        .join(Taint.of(parameter(0), path(5)));
    Taint encrypted = both.encrypted();
    assertEquals(List.of(new FromSource(mobile, true), new FromParameter(0, true)), new ArrayList<>(encrypted.origins()));
    assertEquals(path(4), encrypted.path(new FromSource(mobile, true)));
    Taint concrete = both.concrete();
    assertEquals(List.of(new FromSource(mobile, false), new FromSource(mobile, true)), new ArrayList<>(concrete.origins()));
    assertTrue(concrete.hasSources());
    assertFalse(concrete.hasParameters());
    assertSame(concrete, concrete.concrete());
    assertTrue(Taint.of(parameter(0), path(1)).concrete().isEmpty());
  }

  @Test
  void anonymisedDataIsKeptAsideForARestorerOnly() {
    Source mobile = source("User.mobile");
    Origin clear = new FromSource(mobile, false);
    Taint anonymised = Taint.of(clear, path(1)).anonymised().step(step(2));
    assertTrue(anonymised.isEmpty(), "no rule sees it");
    assertFalse(anonymised.isVoid(), "but a restorer may give it back");
    Taint joined = anonymised.join(Taint.NONE).join(Taint.of(parameter(0), path(3)));
    assertEquals(List.of(parameter(0)), new ArrayList<>(joined.origins()));
    Taint restored = joined.restored();
    assertEquals(List.of(new FromParameter(0, false, true), clear), new ArrayList<>(restored.origins()));
    assertEquals(path(1, 2), restored.path(clear), "the path it had, through the anonymiser");
    assertTrue(restored.restored().isVoid() == restored.isVoid(), "restoring twice gives back nothing more");
    assertEquals(List.of(clear), new ArrayList<>(Taint.of(new FromSource(mobile, true), path(4)).restored().origins()),
        "a restorer decrypts");
    assertTrue(Taint.NONE.anonymised().isVoid());
  }

  @Test
  void aCallerGetsBackWhatItAnonymisedWhenTheCalleeRestoresIt() {
    Source mobile = source("User.mobile");
    Origin clear = new FromSource(mobile, false);
    Taint given = Taint.of(clear, path(1)).anonymised(); // the caller passes an anonymised value
    Taint restoresItsParameter = Taint.of(parameter(0), path(20)).restored(); // the callee decodes it
    Taint result = restoresItsParameter.instantiate(i -> i == 0 ? given : Taint.NONE, step(30));
    assertEquals(List.of(clear), new ArrayList<>(result.origins()));
    assertEquals(path(1, 30, 20), result.path(clear));
    Taint passedOn = Taint.of(parameter(0), path(20)).instantiate(i -> i == 0 ? given : Taint.NONE, step(30));
    assertTrue(passedOn.isEmpty(), "passed on without a restorer: still anonymised");
    assertEquals(List.of(clear), new ArrayList<>(passedOn.restored().origins()));
    assertTrue(Taint.of(parameter(0), path(20)).takesAnyOf(i -> given));
    assertFalse(Taint.of(parameter(0), path(20)).takesAnyOf(i -> Taint.NONE));
  }
}
