package dev.datawarden.analyzer.frameworks;

import java.util.Set;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.reference.CtTypeReference;

/**
 * How calls into code that is not analysed treat data, beyond the default "the result carries
 * whatever the receiver and the arguments carry". The names are data ({@code libraryCalls} in
 * {@code frameworks.yml}), matched by method name, so the engine's core does not grow special cases.
 */
public final class LibraryModels implements FrameworkModel {
  private final Set<String> mutators;
  private final Set<String> outputTypes;
  private final Set<String> transformers;
  private final Set<String> serializers;
  private final Set<String> predicates;
  private final Set<String> conversions;
  private final Set<String> assertions;
  private final Set<String> filters;

  LibraryModels(FrameworkData data) {
    mutators = data.names("libraryCalls", "mutators");
    outputTypes = data.names("libraryCalls", "outputTypes");
    transformers = data.names("libraryCalls", "transformers");
    serializers = data.names("libraryCalls", "serializers");
    predicates = data.names("libraryCalls", "predicates");
    conversions = data.names("libraryCalls", "conversions");
    assertions = data.names("libraryCalls", "assertions");
    filters = data.names("libraryCalls", "filters");
  }

  /** True when a library call only gives back its input in another form (for the store-only analysis). */
  public boolean converts(String method) {
    return conversions.contains(method);
  }

  public boolean mutatesReceiver(String method) {
    return mutators.contains(method);
  }

  /**
   * True for an output stream or a writer: by its type and supertypes' names, or, for a type that
   * does not resolve ({@code names} is only itself), by its simple name.
   */
  public boolean writesOut(java.util.Collection<String> names, String simpleName) {
    if (names.stream().anyMatch(outputTypes::contains)) {
      return true;
    }
    return names.size() <= 1 && (simpleName.endsWith("OutputStream") || simpleName.endsWith("Writer"));
  }

  public boolean transforms(String method) {
    return transformers.contains(method);
  }

  public boolean serializes(String method) {
    return serializers.contains(method);
  }

  /** True when the call answers a question (a boolean, a size) rather than passing data on. */
  public boolean returnsNothingPersonal(CtAbstractInvocation<?> call) {
    if (predicates.contains(call.getExecutable().getSimpleName())) {
      return true;
    }
    CtTypeReference<?> type = call.getExecutable().getType();
    return type != null && (type.getSimpleName().equals("boolean") || type.getSimpleName().equals("void"));
  }

  /** True when the call turns its arguments into text, through their {@code toString}. */
  public boolean convertsToString(CtAbstractInvocation<?> call) {
    CtTypeReference<?> type = call.getExecutable().getType();
    if (type == null) {
      return false;
    }
    String name = type.getSimpleName();
    return name.equals("String") || name.equals("StringBuilder") || name.equals("StringBuffer")
        || name.equals("CharSequence");
  }

  /** True for a helper that throws when its boolean argument is false ({@code checkState}, {@code isTrue}). */
  public boolean isAssertion(String method) {
    return assertions.contains(method);
  }

  /** True for a library call that keeps only the elements its predicate accepts ({@code Stream.filter}). */
  public boolean isFilter(String method) {
    return filters.contains(method);
  }
}
