package dev.datawarden.analyzer.frameworks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Library methods named as the catalog names them: a bare name for any type, {@code Type#method} for a type and its subtypes. */
class MethodMatcherTest {
  private final MethodMatcher matcher = MethodMatcher.of(List.of("append", "java.util.Collection#add", "java.io.Writer#write"));

  private static Supplier<List<String>> types(String... names) {
    return () -> List.of(names);
  }

  @Test
  void aBareNameMatchesOnEveryTypeWithoutAskingForTheReceiversTypes() {
    AtomicInteger asked = new AtomicInteger();
    assertTrue(matcher.matches("append", () -> {
      asked.incrementAndGet();
      return List.of("com.x.Anything");
    }));
    assertFalse(matcher.matches("prepend", () -> {
      asked.incrementAndGet();
      return List.of();
    }));
    assertTrue(asked.get() == 0, "receiver types are worked out only for a method named with a type");
  }

  @Test
  void aQualifiedEntryMatchesItsTypeAndItsSubtypesOnly() {
    // an ArrayList's type names include its supertypes, Collection among them
    assertTrue(matcher.matches("add", types("java.util.ArrayList", "java.util.List", "java.util.Collection")));
    assertFalse(matcher.matches("add", types("java.math.BigDecimal", "java.lang.Number")));
    assertTrue(matcher.matches("write", types("java.io.FileWriter", "java.io.Writer")));
    assertFalse(matcher.matches("write", types("com.x.AuditLog")), "a write() of another type adds nothing to it");
  }
}
