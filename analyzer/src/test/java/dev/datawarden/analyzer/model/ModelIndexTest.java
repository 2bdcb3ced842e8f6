package dev.datawarden.analyzer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import spoon.Launcher;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtSuperAccess;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
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
        static class Nested { static class Deeper { int depth; } String name; }
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
        }
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

  private ModelIndex index() {
    return ModelIndex.of(model.getRootPackage());
  }

  @Test
  void oneIndexPerModel() {
    assertSame(index(), ModelIndex.of(model.getAllTypes().iterator().next()));
    assertTrue(ModelIndex.of(model().getRootPackage()) != index());
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
}
