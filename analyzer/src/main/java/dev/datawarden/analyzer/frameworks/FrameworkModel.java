package dev.datawarden.analyzer.frameworks;

import java.util.Optional;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;

/**
 * What a framework or library family tells the engine about code written for it: the one hook
 * through which the call graph, the data-flow engine and the rules learn framework conventions.
 * Each method is asked of every model in {@link Frameworks}; its default is "this framework says
 * nothing", so a model implements only what its framework does. Adding a framework is one class
 * implementing this interface, listed in {@link Frameworks}, with its names in {@code frameworks.yml}.
 */
public interface FrameworkModel {
  /** True when the framework calls this method from outside the analysed code (a request, a schedule, a message). */
  default boolean isEntryPoint(CtMethod<?> method) {
    return false;
  }

  /** True when the method receives a request from an individual: the data in its parameters is collected there. */
  default boolean receivesRequests(CtMethod<?> method) {
    return false;
  }

  /** True when the framework generates a {@code toString} for the type that prints its fields. */
  default boolean generatesToString(CtType<?> type) {
    return false;
  }

  /** The type of the {@code log} field an annotation on a class generates, if it generates one. */
  default Optional<String> generatedLogger(CtAnnotation<?> annotation) {
    return Optional.empty();
  }

  /** The HTTP method (empty when any) and URL path of a request handler, if the framework routes requests to it. */
  default Optional<Route> route(CtMethod<?> method) {
    return Optional.empty();
  }

  /** Where requests reach a handler: {@code POST} and {@code /members/{id}}. */
  record Route(String httpMethod, String path) {}
}
