package dev.datawarden.analyzer.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import spoon.Launcher;
import spoon.reflect.CtModel;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.support.compiler.VirtualFile;

/**
 * Overrides through generic supertypes, decided by replacing the overridden method's type
 * parameters with the type arguments the overriding class gives them (Spoon's type adaptation is
 * slow, and answers no for type arguments carrying type annotations). Each answer is checked
 * against what javac says of the same code: an {@code @Override} that compiles, or an overload.
 */
class CallGraphOverrideTest {
  private static final String SOURCE = """
      package p;
      import java.lang.annotation.*;
      interface Fn<F, T> { T apply(F input); }
      interface Callback<V> { void onSuccess(V result); }
      @Target(ElementType.TYPE_USE) @interface Nullable {}
      abstract class Base<X> implements Fn<X, String> { }
      class Direct implements Fn<String, Integer> {
        @Override public Integer apply(String s) { return 1; }
      }
      class Overload implements Fn<String, Integer> {
        @Override public Integer apply(String s) { return 1; }
        public Integer apply(Integer i) { return 2; }
      }
      class ThroughBase extends Base<Long> {
        @Override public String apply(Long l) { return ""; }
        public String apply(Integer i) { return ""; }
      }
      class StillGeneric<E> implements Fn<E, String> {
        @Override public String apply(E e) { return ""; }
      }
      class Annotated {
        Callback<@Nullable AutoCloseable> c = new Callback<@Nullable AutoCloseable>() {
          @Override public void onSuccess(AutoCloseable result) { }
        };
      }
      @SuppressWarnings("rawtypes")
      class Raw implements Fn {
        @Override public Object apply(Object o) { return o; }
        public Object apply(String s) { return s; }
      }
      interface Generic { <T> void take(T t); }
      class TakesString implements Generic {
        @Override public <T> void take(T t) { }
        public void take(String s) { }
      }
      """;

  private final CtModel model = model();
  private final CallGraph graph = new CallGraph(dev.datawarden.analyzer.model.ModelIndex.of(model),
      dev.datawarden.analyzer.frameworks.Frameworks.standard());

  private static CtModel model() {
    Launcher launcher = new Launcher();
    launcher.getEnvironment().setNoClasspath(true);
    launcher.getEnvironment().setComplianceLevel(17);
    launcher.addInputResource(new VirtualFile(SOURCE, "p/Types.java"));
    return launcher.buildModel();
  }

  private CtMethod<?> method(String type, String name, String parameterType) {
    for (CtType<?> t : model.getElements(new spoon.reflect.visitor.filter.TypeFilter<CtType<?>>(CtType.class))) {
      if (t.getQualifiedName().equals(type)) {
        for (CtMethod<?> m : t.getMethodsByName(name)) {
          if (m.getParameters().get(0).getType().getSimpleName().equals(parameterType)) {
            return m;
          }
        }
      }
    }
    throw new AssertionError(type + "#" + name + "(" + parameterType + ") not in the model");
  }

  private CtMethod<?> fnApply() {
    return method("p.Fn", "apply", "F");
  }

  @Test
  void typeArgumentsOfTheImplementedInterfaceDecide() {
    assertEquals(Boolean.TRUE, graph.overridesBySubstitution(method("p.Direct", "apply", "String"), fnApply()));
    assertEquals(Boolean.TRUE, graph.overridesBySubstitution(method("p.Overload", "apply", "String"), fnApply()));
    assertEquals(Boolean.FALSE, graph.overridesBySubstitution(method("p.Overload", "apply", "Integer"), fnApply()));
    assertEquals(List.of(true, false), List.of(
        graph.overrides(method("p.Overload", "apply", "String"), fnApply()),
        graph.overrides(method("p.Overload", "apply", "Integer"), fnApply())));
  }

  @Test
  void typeArgumentsAreFollowedThroughAGenericSuperclass() {
    assertEquals(Boolean.TRUE, graph.overridesBySubstitution(method("p.ThroughBase", "apply", "Long"), fnApply()));
    assertEquals(Boolean.FALSE, graph.overridesBySubstitution(method("p.ThroughBase", "apply", "Integer"), fnApply()));
  }

  @Test
  void aTypeParameterPassedOnStaysThatParameter() {
    assertEquals(Boolean.TRUE, graph.overridesBySubstitution(method("p.StillGeneric", "apply", "E"), fnApply()));
  }

  @Test
  void typeAnnotationsOnTypeArgumentsDoNotHideAnOverride() {
    CtMethod<?> onSuccess = method("p.Callback", "onSuccess", "V");
    CtMethod<?> anonymous = model.getElements(new spoon.reflect.visitor.filter.TypeFilter<CtMethod<?>>(CtMethod.class))
        .stream().filter(m -> m.getSimpleName().equals("onSuccess") && m.getBody() != null).findFirst().orElseThrow();
    assertEquals(Boolean.TRUE, graph.overridesBySubstitution(anonymous, onSuccess));
    assertEquals(true, graph.overrides(anonymous, onSuccess));
  }

  @Test
  void rawSupertypesAndGenericMethodsAreLeftToSpoon() {
    assertNull(graph.overridesBySubstitution(method("p.Raw", "apply", "String"), fnApply()));
    assertNull(graph.overridesBySubstitution(method("p.TakesString", "take", "String"), method("p.Generic", "take", "T")));
    assertEquals(false, graph.overrides(method("p.Raw", "apply", "String"), fnApply()));
    assertEquals(true, graph.overrides(method("p.Raw", "apply", "Object"), fnApply()));
  }
}
