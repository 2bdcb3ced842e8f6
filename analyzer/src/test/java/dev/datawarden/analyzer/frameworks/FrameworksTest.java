package dev.datawarden.analyzer.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import spoon.Launcher;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.visitor.filter.TypeFilter;
import spoon.support.compiler.VirtualFile;

/** What the framework models tell the engine, read from frameworks.yml and asked through the one hook. */
class FrameworksTest {
  private static final String SOURCE = """
      package p;
      import org.springframework.web.bind.annotation.*;
      @lombok.Data @lombok.extern.slf4j.Slf4j
      class Member { String mobile; }
      record Card(String number) {}
      class Plain { String name; }
      @javax.persistence.Entity class Row { @javax.persistence.Id long id; @javax.persistence.ManyToOne Member owner; }
      class Api {
        @PostMapping("/members") void register(String mobile) {}
        @org.springframework.scheduling.annotation.Scheduled(fixedRate = 1) void purge() {}
        void helper() {}
        public static void main(String[] args) {}
        void calls(StringBuilder sb, java.util.Map<String, String> m, com.fasterxml.jackson.databind.ObjectMapper json,
            Object o, boolean b) throws Exception {
          sb.append("x");
          m.get("k");
          json.writeValueAsString(o);
          com.google.common.base.Preconditions.checkState(b);
        }
      }
      """;

  private final CtModel model = model();
  private final Frameworks frameworks = Frameworks.standard();

  private static CtModel model() {
    Launcher launcher = new Launcher();
    launcher.getEnvironment().setNoClasspath(true);
    launcher.getEnvironment().setComplianceLevel(17);
    launcher.addInputResource(new VirtualFile(SOURCE, "p/Types.java"));
    return launcher.buildModel();
  }

  private CtType<?> type(String name) {
    return model.getAllTypes().stream().filter(t -> t.getSimpleName().equals(name)).findFirst().orElseThrow();
  }

  private CtInvocation<?> call(String name) {
    return method("calls").getElements(new TypeFilter<CtInvocation<?>>(CtInvocation.class)).stream()
        .filter(c -> c.getExecutable().getSimpleName().equals(name)).findFirst().orElseThrow();
  }

  private CtMethod<?> method(String name) {
    return type("Api").getMethodsByName(name).get(0);
  }

  // contract: endpoints, schedules and main are entry points; a plain method is not
  @Test
  void entryPointsComeFromTheFrameworks() {
    assertTrue(frameworks.isEntryPoint(method("register")));
    assertTrue(frameworks.isEntryPoint(method("purge")));
    assertTrue(frameworks.isEntryPoint(method("main")));
    assertFalse(frameworks.isEntryPoint(method("helper")));
  }

  // contract: only request handlers receive data from individuals; a schedule does not
  @Test
  void onlyRequestHandlersReceiveRequests() {
    assertTrue(frameworks.receivesRequests(method("register")));
    assertFalse(frameworks.receivesRequests(method("purge")));
  }

  // contract: a request handler's route joins its class's and its own mapping; a schedule has none
  @Test
  void requestHandlersHaveRoutes() {
    assertEquals(Optional.of(new FrameworkModel.Route("POST", "/members")), frameworks.route(method("register")));
    assertEquals(Optional.empty(), frameworks.route(method("purge")));
  }

  // contract: Lombok's @Data and a record's compiler generate a toString that prints fields; a plain class does not
  @Test
  void generatedToStringFromLombokAndRecords() {
    assertTrue(frameworks.generatesToString(type("Member")));
    assertTrue(frameworks.generatesToString(type("Card")));
    assertFalse(frameworks.generatesToString(type("Plain")));
  }

  // contract: Lombok's logger annotations name the type of the log field they generate
  @Test
  void lombokLoggersHaveTheirTypes() {
    List<Optional<String>> loggers = type("Member").getAnnotations().stream().map(frameworks::generatedLogger).toList();
    assertTrue(loggers.contains(Optional.of("org.slf4j.Logger")), loggers.toString());
    assertTrue(loggers.contains(Optional.empty()), "@Data generates no logger");
  }

  // contract: persistence knows stored types, identifiers and shared references by their annotations
  @Test
  void persistenceKnowsEntitiesAndTheirFields() {
    Persistence persistence = frameworks.persistence();
    CtType<?> row = type("Row");
    assertTrue(persistence.isEntity(row));
    assertFalse(persistence.isEntity(type("Plain")));
    assertTrue(persistence.isIdentifier(row.getField("id")));
    assertTrue(persistence.isSharedReference(row.getField("owner")));
    assertEquals("ManyToOne", persistence.relation(row.getField("owner")).orElseThrow().getAnnotationType().getSimpleName());
    assertTrue(persistence.isRepositorySupertype("org.springframework.data.jpa.repository.JpaRepository"));
    assertTrue(persistence.isWrite("saveAll"));
    assertFalse(persistence.isWrite("findById"));
  }

  // contract: library calls are known by name: mutators, predicates, assertions
  @Test
  void libraryCallsByName() {
    LibraryModels calls = frameworks.libraryCalls();
    Supplier<List<String>> noTypes = List::of;
    assertTrue(calls.mutatesReceiver(call("append"), noTypes));
    assertFalse(calls.mutatesReceiver(call("get"), noTypes));
    assertTrue(calls.serializes(call("writeValueAsString"), noTypes));
    assertTrue(calls.isAssertion(call("checkState"), noTypes));
    assertTrue(calls.writesOut(List.of("java.io.FileWriter", "java.io.Writer"), "FileWriter"));
  }

  // contract: JavaBeans naming keeps an all-capitals property as it is; lowerFirst does not
  @Test
  void beanPropertyNames() {
    assertEquals("mobile", JavaBeans.getterProperty("getMobile", 0));
    assertEquals("URL", JavaBeans.setterProperty("setURL", 1));
    assertEquals("uRL", JavaBeans.lowerFirst("URL"));
    assertEquals("active", JavaBeans.readProperty("isActive"));
    assertEquals(null, JavaBeans.readProperty("issue"));
  }
}
