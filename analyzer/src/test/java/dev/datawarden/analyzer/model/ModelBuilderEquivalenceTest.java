package dev.datawarden.analyzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean compiler settings of {@link ModelBuilder} (no Javadoc, no consistency checks while
 * building) build exactly the model Spoon's own settings build: the same pretty-printed types, the
 * same elements with the same positions, modifiers and references, the same problems. Compared on
 * every fixture, with and without a class path, and on a file made of what the lean settings leave
 * out: Javadoc references (found and missing), {@code @deprecated} in Javadoc only, a Javadoc
 * comment inside a body, next to missing types and code JDT warns about.
 */
class ModelBuilderEquivalenceTest {
  private static final String WARNED = """
      package w;

      import java.io.FileInputStream;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import missing.Gone;

      /**
       * Refers to {@link List}, {@link java.util.Map#get(Object)}, {@link missing.Nowhere#call()} and
       * {@linkplain Unknown the unknown}.
       *
       * @see Gone
       * @see #read(String)
       */
      public class Warned {
        /** @deprecated only Javadoc says so */
        int old;

        /**
         * @param path see {@link FileInputStream#FileInputStream(String)}
         * @return {@code null}, {@value #CONSTANT}
         * @throws java.io.IOException never {@link Missing}
         */
        @SuppressWarnings("unused")
        Object read(String path) throws java.io.IOException {
          List raw = new ArrayList();
          raw.add(path);
          FileInputStream in = new FileInputStream(path);
          int unused = 1;
          String s = null;
          if (s == null) {
            return raw;
          }
          return (Object) (String) s.toString();
        }

        private void neverCalled() {
          /** a Javadoc comment inside a body */
          Gone g = new Gone();
          g.use(CONSTANT);
        }

        static final String CONSTANT = "c";
      }
      """;

  @Test
  void fixturesWithTheirClassPath() {
    assertSameModel(new ModelBuilder(List.of(Fixtures.root().resolve("src/main/java")), Fixtures.classpath(), true,
        17, Fixtures.root()));
  }

  @Test
  void fixturesWithoutClassPath() {
    assertSameModel(new ModelBuilder(List.of(Fixtures.root().resolve("src/main/java")), List.of(), false, 17,
        Fixtures.root()));
  }

  @Test
  void nonCompilingFixtures() {
    assertSameModel(new ModelBuilder(List.of(Fixtures.nonCompiling()), Fixtures.classpath(), true, 17,
        Fixtures.root()));
    assertSameModel(new ModelBuilder(List.of(Fixtures.nonCompiling()), List.of(), false, 17, Fixtures.root()));
  }

  @Test
  void sampleShop() {
    Path shop = Fixtures.sampleShop();
    assertSameModel(new ModelBuilder(List.of(shop.resolve("src/main/java")), List.of(), false, 17, shop));
    assertSameModel(new ModelBuilder(List.of(shop.resolve("src/main/java")), Fixtures.classpath(), true, 17, shop));
  }

  @Test
  void whatTheLeanSettingsLeaveOut(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("w/Warned.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, WARNED);
    assertSameModel(new ModelBuilder(List.of(dir), Fixtures.classpath(), true, 17, dir));
    assertSameModel(new ModelBuilder(List.of(dir), List.of(), false, 8, dir));
  }

  // contract: a package of many types (generated code, a flat legacy package) and a class of many
  // methods are built as Spoon builds them, with their types and members in the same order, whether
  // or not the imports are built too
  @Test
  void aPackageOfManyTypes(@TempDir Path dir) throws IOException {
    Path flat = dir.resolve("flat");
    Files.createDirectories(flat);
    for (int i = 0; i < 300; i++) {
      String name = String.format("Case%03d", i);
      String next = String.format("Case%03d", (i + 1) % 300);
      Files.writeString(flat.resolve(name + ".java"), switch (i % 4) {
        case 0 -> "package flat;\n\npublic class " + name + " extends Base {\n  static class Inner {}\n\n"
            + "  @Override\n  String handle(String in) {\n    return new " + next + "().toString() + in;\n  }\n}\n";
        case 1 -> "package flat;\n\ninterface " + name + " {\n  String name();\n}\n\nclass " + name + "Impl implements "
            + name + " {\n  public String name() {\n    return \"" + name + "\";\n  }\n}\n";
        case 2 -> "package flat;\n\nenum " + name + " {\n  A, B;\n\n  " + next + " next;\n}\n";
        default -> "package flat;\n\nrecord " + name + "(String value) {}\n";
      });
    }
    Files.writeString(flat.resolve("Base.java"), "package flat;\n\nabstract class Base {\n  abstract String handle(String in);\n}\n");
    // a class of many methods (MyBatis Generator's criteria), overloads, and a signature declared twice
    StringBuilder criteria = new StringBuilder("package flat;\n\nclass Criteria<T> {\n  int field;\n");
    for (int i = 0; i < 150; i++) {
      criteria.append("  Criteria<T> andF").append(i).append("EqualTo(String value) { return this; }\n")
          .append("  Criteria<T> andF").append(i).append("EqualTo(java.util.List<T> values) { return this; }\n")
          .append("  <U extends T> Criteria<T> andF").append(i).append("In(U[] values, int... more) { return this; }\n")
          .append("  int f").append(i).append(";\n");
    }
    criteria.append("  void twice(int a) {}\n  void twice(int b) { field = b; }\n")
        .append("  interface Nested { void one(); default void two() {} }\n")
        .append("  @interface Marked { String value() default \"\"; String value2(); }\n}\n");
    Files.writeString(flat.resolve("Criteria.java"), criteria.toString());
    assertSameModel(new ModelBuilder(List.of(dir), Fixtures.classpath(), true, 17, dir));
    assertSameModel(new ModelBuilder(List.of(dir), List.of(), false, 17, dir));
    // a file importing the vocabulary on demand: the imports are built as well
    Files.writeString(flat.resolve("Declared.java"), "package flat;\n\nimport dev.datawarden.annotations.*;\n\n"
        + "class Declared {\n  @PersonalInfo(category = PersonalInfoCategory.PHONE, retention = \"P1Y\") String phone;\n}\n");
    assertSameModel(new ModelBuilder(List.of(dir), Fixtures.classpath(), true, 17, dir));
  }

  private static void assertSameModel(ModelBuilder lean) {
    String expected = dump(lean.withSpoonSettings());
    String actual = dump(lean);
    assertTrue(expected.contains("== unit "), "nothing modelled");
    assertEquals(expected, actual);
  }

  private static String dump(ModelBuilder builder) {
    List<Problem> problems = new ArrayList<>();
    SourceModel model = builder.build(problems::add);
    return ModelDump.dump(model, problems);
  }
}
