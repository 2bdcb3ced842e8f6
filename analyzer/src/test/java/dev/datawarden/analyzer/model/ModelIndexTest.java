package dev.datawarden.analyzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import spoon.Launcher;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtSuperAccess;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtLocalVariableReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;
import spoon.support.compiler.VirtualFile;

/**
 * The index must answer exactly what Spoon's own (slow) resolution answers, on the shapes where a
 * shortcut could go wrong: nested and local types, inherited fields, locals sharing a name in
 * sibling scopes, a local shadowed inside an anonymous class, overloads and varargs.
 */
class ModelIndexTest {
  private static final String SOURCE = """
      package p;
      import java.util.List;
      class Outer {
        static class Nested {
          static class Deeper { static final int LIMIT = 3; int depth; void tell(String s) { } void tell(int i) { } }
          String name;
        }
        interface Shape { int sides(); }
        int counter;
        Nested nested = new Nested();
        static class Base { protected String inherited; void over(String s) { } void over(int i) { } }
        static class Derived extends Base {
          String read() { return inherited; }
          void log(String format, Object... args) { }
          void run() {
            log("x");
            log("x", 1, 2);
            over("a");
            over(1);
            super.over("b");
          }
        }
        void scopes(List<String> items) {
          for (String s : items) { int n = s.length(); counter += n; }
          for (int i = 0; i < 3; i++) { int n = i * 2; counter += n; }
          { String s = "block"; counter += s.length(); }
          int value = 1;
          Shape shape = new Shape() {
            public int sides() { int value = 4; return value; }
          };
          Runnable r = () -> { int inLambda = value; counter += inLambda; };
          class Local { int twice() { return value * 2; } }
          counter += new Local().twice() + shape.sides() + nested.name.length() + new Nested.Deeper().depth;
          Color color = Color.RED;
          counter += Integer.MAX_VALUE + color.ordinal() + Nested.Deeper.LIMIT;
          new Nested.Deeper().tell("a");
          new Nested.Deeper().tell(1);
        }
        enum Color { RED, GREEN }
      }
      """;

  private final CtModel model = model();

  private static CtModel model() {
    Launcher launcher = new Launcher();
    launcher.getEnvironment().setNoClasspath(true);
    launcher.getEnvironment().setComplianceLevel(17);
    launcher.addInputResource(new VirtualFile(SOURCE, "p/Outer.java"));
    return launcher.buildModel();
  }

  private ModelIndex index;

  private ModelIndex index() {
    if (index == null) {
      index = ModelIndex.of(model);
    }
    return index;
  }

  @Test
  void everyTypeReferenceResolvesAsSpoonResolvesIt() {
    int analysed = 0;
    for (CtTypeReference<?> ref : model.getElements(new TypeFilter<CtTypeReference<?>>(CtTypeReference.class))) {
      CtType<?> spoon = ref.getTypeDeclaration();
      CtType<?> expected = spoon == null || spoon.isShadow() || ref.isPrimitive() || ref.isArray()
          || ref instanceof spoon.reflect.reference.CtTypeParameterReference ? null : spoon;
      assertSame(expected, index().modelType(ref), ref::toString);
      analysed += expected != null ? 1 : 0;
    }
    assertTrue(analysed > 10, "the fixture names its own types");
    assertEquals("p.Outer$Nested$Deeper", index().type("p.Outer$Nested$Deeper").getQualifiedName());
    assertNull(index().type("java.lang.String"), "library types are not in the index");
    assertNotNull(index().declaration(model.getAllTypes().iterator().next().getFactory().Type().stringType()));
  }

  @Test
  void everyVariableAccessResolvesAsSpoonResolvesIt() {
    int locals = 0;
    for (CtVariableAccess<?> access : model.getElements(new TypeFilter<CtVariableAccess<?>>(CtVariableAccess.class))) {
      if (access instanceof CtSuperAccess<?>) {
        assertNull(index().variable(access.getVariable()), "super names no variable");
        continue;
      }
      Object expected = access.getVariable().getDeclaration();
      if (access instanceof CtFieldAccess<?> && expected != null && ((spoon.reflect.declaration.CtField<?>) expected).isShadow()) {
        expected = null;
      }
      assertSame(expected, access instanceof CtFieldAccess<?> f ? index().modelField(f.getVariable())
          : index().variable(access.getVariable()), () -> access + " at " + access.getPosition());
      locals += access.getVariable() instanceof CtLocalVariableReference<?> ? 1 : 0;
    }
    assertTrue(locals >= 8, "the fixture reads locals in sibling and nested scopes");
  }

  @Test
  void theReadsOfAVariableAreTheReadsSpoonResolvesToIt() {
    int checked = 0;
    for (CtVariableRead<?> read : model.getElements(new TypeFilter<CtVariableRead<?>>(CtVariableRead.class))) {
      CtVariable<?> declared = read instanceof CtFieldAccess<?> ? null : read.getVariable().getDeclaration();
      if (declared == null) {
        continue;
      }
      List<CtVariableRead<?>> reads = index().reads(declared);
      assertTrue(reads.stream().anyMatch(r -> r == read), () -> read + " at " + read.getPosition());
      assertTrue(reads.stream().allMatch(r -> r.getVariable().getDeclaration() == declared), declared::toString);
      checked++;
    }
    assertTrue(checked >= 8, "the fixture reads locals and parameters");
  }

  @Test
  void everyCallResolvesAsSpoonResolvesIt() {
    List<CtAbstractInvocation<?>> calls = model.getElements(new TypeFilter<CtAbstractInvocation<?>>(CtAbstractInvocation.class));
    assertTrue(calls.size() > 8);
    for (CtAbstractInvocation<?> call : calls) {
      assertSame(call.getExecutable().getExecutableDeclaration(), index().executable(call.getExecutable()), call::toString);
    }
  }

  @Test
  void everyFieldResolvesAsSpoonsGetFieldDeclaration() {
    int checked = 0;
    for (CtFieldAccess<?> access : model.getElements(new TypeFilter<CtFieldAccess<?>>(CtFieldAccess.class))) {
      assertSame(access.getVariable().getFieldDeclaration(), index().fieldDeclaration(access.getVariable()),
          () -> access + " at " + access.getPosition());
      checked++;
    }
    assertTrue(checked >= 8, "the fixture reads fields of nested types, an enum's value and a library constant");
  }

  @Test
  void aTypeTheNamesRuleOutIsNoSubtype() {
    List<CtType<?>> types = model.getElements(new TypeFilter<CtType<?>>(CtType.class)).stream()
        .filter(t -> !(t instanceof spoon.reflect.declaration.CtTypeParameter)).toList();
    int subtypes = 0;
    for (CtType<?> a : types) {
      for (CtType<?> b : types) {
        boolean spoon = a.isSubtypeOf(b.getReference());
        if (!index().maySubtype(a, b)) {
          assertFalse(spoon, () -> a.getQualifiedName() + " is a " + b.getQualifiedName());
        }
        subtypes += spoon && a != b ? 1 : 0;
      }
    }
    assertTrue(subtypes >= 2, "the fixture extends and implements its own types");
  }

  /** The index's element lists: several packages (one with types and sub-packages), annotations on type uses. */
  private static final List<VirtualFile> PACKAGES = List.of(
      new VirtualFile("""
          package a;
          import java.lang.annotation.*;
          @Target(ElementType.TYPE_USE) @interface Tagged { }
          public class A { java.util.List<@Tagged String> names; @Deprecated void old() { names.add(String.valueOf(names.size())); } }
          """, "a/A.java"),
      new VirtualFile("""
          package a.b;
          public class B {
            int n;
            B() { this(1); }
            B(int n) { this.n = n; }
            int twice() { Runnable r = () -> System.out.println(n); r.run(); return new Object() { int get() { return n * 2; } }.get(); }
            static class Inner<T extends Comparable<T>> { T value; @SuppressWarnings("x") T get() { return value; } }
          }
          """, "a/b/B.java"),
      new VirtualFile("""
          package a.c;
          enum C { ONE, TWO; int code() { return ordinal(); } }
          """, "a/c/C.java"),
      new VirtualFile("class Default { static { System.out.println(new a.b.B().twice()); } }", "Default.java"));

  private static final List<Class<? extends CtElement>> KINDS = List.of(CtType.class, CtExecutable.class,
      CtAbstractInvocation.class, CtInvocation.class, CtAnnotation.class, CtFieldRead.class, CtVariableRead.class,
      CtLocalVariable.class, CtPackage.class, CtStatement.class, CtExpression.class);

  @Test
  void theIndexListsWhatSpoonsQueriesFindInTheSameOrder() {
    Launcher launcher = new Launcher();
    launcher.getEnvironment().setNoClasspath(true);
    launcher.getEnvironment().setComplianceLevel(17);
    PACKAGES.forEach(launcher::addInputResource);
    CtModel packages = launcher.buildModel();
    for (CtModel m : List.of(model, packages)) {
      ModelIndex index = ModelIndex.of(m);
      assertIdentical(List.copyOf(m.getAllTypes()), index.topLevelTypes(), "top-level types");
      for (Class<? extends CtElement> kind : KINDS) {
        assertIdentical(m.getElements(new TypeFilter<>(kind)), index.all(kind), kind.getSimpleName());
        int scopes = 0;
        for (CtElement scope : m.getElements(new TypeFilter<>(CtElement.class))) {
          if (scope instanceof CtType<?> || scope instanceof CtExecutable<?>) {
            assertIdentical(scope.getElements(new TypeFilter<>(kind)), index.within(scope, kind),
                kind.getSimpleName() + " in " + scope.getShortRepresentation());
            scopes++;
          }
        }
        assertTrue(scopes > 8);
      }
      // a scope the index does not delimit is answered by Spoon
      CtElement statement = index.all(CtStatement.class).get(3);
      assertIdentical(statement.getElements(new TypeFilter<>(CtExpression.class)), index.within(statement, CtExpression.class),
          "expressions in a statement");
    }
    ModelIndex ofPackages = ModelIndex.of(packages);
    assertTrue(ofPackages.all(CtAnnotation.class).size() >= 3, "annotations on declarations and type uses");
    List<String> order = ofPackages.topLevelTypes().stream().map(CtType::getQualifiedName).toList();
    assertEquals(List.of("Default", "a.A", "a.Tagged", "a.b.B", "a.c.C"), order.stream().sorted().toList());
    assertThrows(IllegalArgumentException.class, () -> ofPackages.all(CtTypeReference.class));
  }

  private static void assertIdentical(List<? extends CtElement> expected, List<? extends CtElement> actual, String what) {
    assertEquals(expected.size(), actual.size(), what);
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i), what + " #" + i);
    }
  }

  /** A record and a nested enum for {@link #librarySupertypesAreWhatSpoonsShadowsSay}. */
  record Point(int x, int y) implements Comparable<Point>, java.io.Serializable {
    @Override
    public int compareTo(Point o) {
      return Integer.compare(x, o.x);
    }
  }

  enum Mode implements Runnable {
    ON;

    @Override
    public void run() { }
  }

  @Test
  void librarySupertypesAreWhatSpoonsShadowsSay() {
    ModelIndex index = index();
    List<Class<?>> library = List.of(String.class, java.util.ArrayList.class, java.util.HashMap.class,
        java.util.Map.Entry.class, java.util.List.class, Thread.State.class, Override.class, Object.class,
        java.util.concurrent.ConcurrentHashMap.class, Point.class, Mode.class, java.io.FilterOutputStream.class);
    for (Class<?> type : library) {
      CtType<?> shadow = model.getRootPackage().getFactory().Type().get(type);
      List<String> names = index.supertypeNames(type.getName());
      int interfaces = 0;
      if (shadow.getSuperclass() != null) {
        assertEquals(shadow.getSuperclass().getQualifiedName(), names.get(0), type.getName());
        interfaces = 1;
      }
      // the same interfaces, in the order the class declares them (the shadow's set has an order of its own)
      assertEquals(shadow.getSuperInterfaces().stream().map(CtTypeReference::getQualifiedName).sorted().toList(),
          names.subList(interfaces, names.size()).stream().sorted().toList(), type.getName());
      if (!type.isAnnotation()) {
        assertEquals(java.util.Arrays.stream(type.getInterfaces()).map(Class::getName).toList(),
            names.subList(interfaces, names.size()), type.getName());
      }
    }
    assertEquals(List.of("java.lang.Enum", "java.lang.Runnable"), index.supertypeNames(Mode.class.getName()));
    assertEquals(List.of("java.lang.Record", "java.lang.Comparable", "java.io.Serializable"),
        index.supertypeNames(Point.class.getName()));
    assertEquals(List.of(), index.supertypeNames(Override.class.getName()), "an annotation has none");
    assertEquals(List.of(), index.supertypeNames("no.such.Type"), "not on the class path: known by name only");
    assertEquals(List.of(), index.supertypeNames("p.Outer"), "an analysed type: its own declaration");
    assertEquals(List.of("p.Outer$Base"), index.supertypeNames("p.Outer$Derived"));
    // all the way up, each name once: the type, its superclass's line, then each interface's
    var factory = model.getRootPackage().getFactory();
    assertEquals(List.of("p.Outer$Derived", "p.Outer$Base"),
        List.copyOf(index.typeNames(factory.Type().createReference("p.Outer$Derived"))));
    List<String> arrayList = new java.util.ArrayList<>(List.of("java.util.ArrayList", "java.util.AbstractList",
        "java.util.AbstractCollection", "java.util.Collection", "java.lang.Iterable", "java.util.List",
        "java.util.SequencedCollection", "java.util.RandomAccess", "java.lang.Cloneable", "java.io.Serializable"));
    if (Runtime.version().feature() < 21) {
      arrayList.remove("java.util.SequencedCollection"); // List's own supertype since Java 21
    }
    assertEquals(arrayList, List.copyOf(index.typeNames(factory.Type().createReference(java.util.ArrayList.class))));
  }
}
