package dev.datawarden.analyzer.frameworks;

import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.reference.CtTypeReference;

/**
 * How calls into code that is not analysed treat data, beyond the default "the result carries
 * whatever the receiver and the arguments carry". The methods are data ({@code libraryCalls} in
 * {@code frameworks.yml}), named as {@link MethodMatcher} names them (a bare name, or
 * {@code Type#method} for that type and its subtypes), so the engine's core does not grow special
 * cases.
 */
public final class LibraryModels implements FrameworkModel {
  private final MethodMatcher mutators;
  private final Set<String> outputTypes;
  private final MethodMatcher transformers;
  private final MethodMatcher serializers;
  private final MethodMatcher predicates;
  private final MethodMatcher conversions;
  private final MethodMatcher assertions;
  private final MethodMatcher filters;

  LibraryModels(FrameworkData data) {
    mutators = MethodMatcher.of(data.names("libraryCalls", "mutators"));
    outputTypes = data.names("libraryCalls", "outputTypes");
    transformers = MethodMatcher.of(data.names("libraryCalls", "transformers"));
    serializers = MethodMatcher.of(data.names("libraryCalls", "serializers"));
    predicates = MethodMatcher.of(data.names("libraryCalls", "predicates"));
    conversions = MethodMatcher.of(data.names("libraryCalls", "conversions"));
    assertions = MethodMatcher.of(data.names("libraryCalls", "assertions"));
    filters = MethodMatcher.of(data.names("libraryCalls", "filters"));
  }

  /** True when a library call only gives back its input in another form (for the store-only analysis). */
  public boolean converts(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    return conversions.matches(call.getExecutable().getSimpleName(), receiverTypes);
  }

  /**
   * True when a library call stores its arguments in its receiver: a builder, a collection, a map,
   * and a JavaBeans setter ({@code request.setPhoneNumbers(mobile)}: an SDK's request object holds
   * what it is given until it is sent).
   */
  public boolean mutatesReceiver(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    String method = call.getExecutable().getSimpleName();
    return mutators.matches(method, receiverTypes)
        || (JavaBeans.setterProperty(method, 1) != null && Character.isUpperCase(method.charAt(3)));
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

  /** True when a library call's result replaces the elements by what its function returns ({@code map}). */
  public boolean transforms(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    return transformers.matches(call.getExecutable().getSimpleName(), receiverTypes);
  }

  /** True when a library call serialises every field of the objects given to it (JSON, XML). */
  public boolean serializes(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    return serializers.matches(call.getExecutable().getSimpleName(), receiverTypes);
  }

  /** True when the call answers a question (a boolean, a size) rather than passing data on. */
  public boolean returnsNothingPersonal(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    if (predicates.matches(call.getExecutable().getSimpleName(), receiverTypes)) {
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
  public boolean isAssertion(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    return assertions.matches(call.getExecutable().getSimpleName(), receiverTypes);
  }

  /** True for a library call that keeps only the elements its predicate accepts ({@code Stream.filter}). */
  public boolean isFilter(CtAbstractInvocation<?> call, Supplier<? extends Collection<String>> receiverTypes) {
    return filters.matches(call.getExecutable().getSimpleName(), receiverTypes);
  }
}
