package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.datawarden.analyzer.fact.FactCollector;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.frameworks.Frameworks;
import dev.datawarden.analyzer.model.ModelBuilder;
import dev.datawarden.analyzer.model.SourceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;

/**
 * What becomes of a value at each place, as the value walker answers for every analysis that
 * follows one (over-collection's "only stored", discovery's "stored in a declared field") and as
 * the engine reads generated accessors. Each method of {@code p.Uses} passes its parameter
 * {@code v} to one construct; the test asks what the walker says of that read of {@code v}.
 */
class ValueWalkerTest {
  private static final String SOURCE = """
      package p;
      public class Uses {
        private String kept;
        private int total;
        private Member member = new Member();
        String copy(String v) { String local = v; return local; }
        void store(String v) { kept = v; }
        void compound(int v) { total += v; }
        void setter(String v) { member.setMobile(v); }
        void acronym(String v) { member.setURL(v); }
        void constructor(String v) { new Member(v, "x", "y"); }
        void record(String v) { new Contact(v, 1); }
        void builder(String v) { Member.builder().mobile(v); }
        void concat(String v) { System.out.println("to " + v); }
        boolean nullTest(String v) { return v == null; }
        boolean compared(String v) { return v.equals("x"); }
        String converted(String v) { return v.trim(); }
        String formatted(String v) { return v.repeat(2); }
        String cut(int v) { return "abcdef".substring(v); }
        String named(String v) { return String.format("%s!", v); }
        void analysed(String v) { helper(v); }
        void dropped(String v) { v.length(); }
        String returned(String v) { return v; }
        private void helper(String s) { }
        String reads() { return member.getMobile(); }
      }
      class Member {
        private String mobile;
        private String name;
        private String URL;
        Member(String mobile, String name, String URL) { }
        static Builder builder() { return null; }
        static class Builder { }
      }
      record Contact(String phone, int age) { }
      """;

  private static SourceModel model;
  private static ValueWalker walker;

  @BeforeAll
  static void build(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("p"));
    // Lombok's members are generated outside the model: the calls of setMobile, getMobile and
    // builder().mobile() name methods that no analysed type declares
    Files.writeString(dir.resolve("p/Uses.java"), SOURCE.replace("  Member(String mobile, String name, String URL) { }\n", ""));
    model = new ModelBuilder(List.of(dir), List.of(), false, 17, dir).build(p -> { });
    Facts facts = FactCollector.collect(model, List.of(), List.of());
    CallGraph graph = new CallGraph(model.index(), Frameworks.standard());
    walker = new ValueWalker(graph, new Knowledge(facts, model, Frameworks.standard()));
  }

  private static CtType<?> type(String name) {
    return model.index().topLevelTypes().stream().filter(t -> t.getSimpleName().equals(name)).findFirst().orElseThrow();
  }

  /** What the walker says of the first read of parameter {@code v} in method {@code method}. */
  private static List<ValueWalker.Use> usesOfV(String method, ValueWalker.Conversions conversions) {
    CtMethod<?> m = type("Uses").getMethodsByName(method).get(0);
    CtParameter<?> v = m.getParameters().get(0);
    List<CtVariableRead<?>> reads = walker.reads(v);
    return walker.uses(reads.get(0), conversions);
  }

  private static ValueWalker.Use only(String method) {
    List<ValueWalker.Use> uses = usesOfV(method, ValueWalker.Conversions.VALUE_TYPES);
    assertEquals(1, uses.size(), uses.toString());
    return uses.get(0);
  }

  private static CtField<?> field(String type, String name) {
    return type(type).getField(name);
  }

  @Test
  void copiesIntoLocalsAndFields() {
    assertEquals("local", ((ValueWalker.IntoVariable) only("copy")).variable().getSimpleName());
    assertEquals(field("Uses", "kept"), ((ValueWalker.IntoField) only("store")).field());
    assertInstanceOf(ValueWalker.Returned.class, only("returned"));
  }

  @Test
  void aCompoundAssignmentIsAComputationNotAStore() {
    assertInstanceOf(ValueWalker.Consumed.class, only("compound"));
  }

  @Test
  void generatedSettersConstructorsAndBuildersStoreIntoTheirFields() {
    assertEquals(field("Member", "mobile"), ((ValueWalker.IntoField) only("setter")).field());
    // JavaBeans names: setURL writes the property URL, not uRL
    assertEquals(field("Member", "URL"), ((ValueWalker.IntoField) only("acronym")).field());
    assertEquals(field("Member", "mobile"), ((ValueWalker.IntoField) only("constructor")).field());
    assertEquals(field("Contact", "phone"), ((ValueWalker.IntoField) only("record")).field());
    assertEquals(field("Member", "mobile"), ((ValueWalker.IntoField) only("builder")).field());
  }

  @Test
  void generatedGettersReadTheirFields() {
    CtMethod<?> reads = type("Uses").getMethodsByName("reads").get(0);
    List<CtExpression<?>> mobileReads = walker.reads(field("Member", "mobile"));
    assertEquals(1, mobileReads.stream().filter(r -> r.getParent(CtMethod.class) == reads).count());
  }

  @Test
  void theValueGoesOnInConcatenationsAndIsIgnoredByNullTests() {
    assertInstanceOf(ValueWalker.GoesOn.class, only("concat"));
    assertInstanceOf(ValueWalker.Ignored.class, only("nullTest"));
    assertInstanceOf(ValueWalker.Consumed.class, only("dropped")); // v.length(): an int, no form of v
  }

  @Test
  void analysedCalleesAreEnteredByTheirParameter() {
    ValueWalker.IntoParameter p = (ValueWalker.IntoParameter) only("analysed");
    assertEquals("s", p.parameter().getSimpleName());
  }

  /**
   * The one option: which library results hold their input. KNOWN takes only calls named as
   * conversions, so that an unknown call counts as a use; VALUE_TYPES takes any call on a value
   * type answering neither void nor a boolean, except a number given to a library object.
   */
  @Test
  void conversionsAreAnExplicitOption() {
    ValueWalker.Conversions known = ValueWalker.Conversions.KNOWN;
    ValueWalker.Conversions values = ValueWalker.Conversions.VALUE_TYPES;
    assertInstanceOf(ValueWalker.GoesOn.class, usesOfV("converted", known).get(0)); // trim is a known conversion
    assertInstanceOf(ValueWalker.GoesOn.class, usesOfV("converted", values).get(0));
    assertInstanceOf(ValueWalker.Consumed.class, usesOfV("formatted", known).get(0)); // repeat is not named
    assertInstanceOf(ValueWalker.GoesOn.class, usesOfV("formatted", values).get(0));
    assertInstanceOf(ValueWalker.Consumed.class, usesOfV("compared", known).get(0)); // a boolean answer
    assertInstanceOf(ValueWalker.Consumed.class, usesOfV("compared", values).get(0));
  }

  @Test
  void aNumberGivenToALibraryObjectIsNoPartOfItsAnswerUnlessTheCallIsAKnownConversion() {
    assertInstanceOf(ValueWalker.Consumed.class, usesOfV("cut", ValueWalker.Conversions.VALUE_TYPES).get(0));
    assertInstanceOf(ValueWalker.Consumed.class, usesOfV("cut", ValueWalker.Conversions.KNOWN).get(0));
    assertInstanceOf(ValueWalker.GoesOn.class, usesOfV("named", ValueWalker.Conversions.KNOWN).get(0));
    assertInstanceOf(ValueWalker.GoesOn.class, usesOfV("named", ValueWalker.Conversions.VALUE_TYPES).get(0));
  }
}
