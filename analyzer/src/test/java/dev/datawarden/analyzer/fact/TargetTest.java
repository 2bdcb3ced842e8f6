package dev.datawarden.analyzer.fact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a method target written in a catalog or an annotation matches a method's parameter types. */
class TargetTest {

  // contract: a target without a signature names every overload
  @Test
  void withoutSignatureEveryOverloadMatches() {
    Target any = Target.method("com.x.Sms", "send", null);
    assertTrue(any.matchesParameters(List.of()));
    assertTrue(any.matchesParameters(List.of("java.lang.String", "int")));
  }

  // contract: types match qualified, by simple name, or by a qualified tail; arity must agree
  @Test
  void parameterTypesMatchByQualifiedNameOrTail() {
    Target send = Target.method("com.x.Sms", "send", List.of("String", "java.util.List"));
    assertTrue(send.matchesParameters(List.of("java.lang.String", "java.util.List")));
    assertFalse(send.matchesParameters(List.of("java.lang.String")));
    assertFalse(send.matchesParameters(List.of("java.lang.String", "java.util.Set")));
    assertFalse(send.matchesParameters(List.of("com.x.MyString", "java.util.List")), "a tail is a whole name");
  }

  // contract: nested types match whether written with '$' (as catalogs and binary names do) or '.' (as
  // Spoon prints them); the engine's and the deletion analysis's copies differed here before they were one
  @Test
  void nestedTypesMatchWithDollarOrDot() {
    Target erase = Target.method("com.x.Members", "erase", List.of("com.x.Member$Id"));
    assertTrue(erase.matchesParameters(List.of("com.x.Member.Id")));
    assertTrue(erase.matchesParameters(List.of("com.x.Member$Id")));
    Target dotted = Target.method("com.x.Members", "erase", List.of("Member.Id"));
    assertTrue(dotted.matchesParameters(List.of("com.x.Member$Id")));
  }

  // contract: a parameter whose type did not resolve matches nothing written
  @Test
  void unknownParameterTypeMatchesNothing() {
    Target t = Target.method("com.x.Sms", "send", List.of("String"));
    assertFalse(t.matchesParameters(Target.parameterNames(java.util.Collections.singletonList(null))));
  }
}
