package dev.datawarden.analyzer.frameworks;

import java.util.Set;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.reference.CtTypeReference;

/**
 * How calls into code that is not analysed treat data, beyond the default "the result carries
 * whatever the receiver and the arguments carry". Kept as data, by method name, so the engine's
 * core does not grow special cases.
 */
public final class LibraryModels {
  private LibraryModels() {}

  /** Calls that add their arguments to their receiver: builders, collections, maps. */
  private static final Set<String> MUTATORS = Set.of(
      "append", "add", "addAll", "put", "putAll", "putIfAbsent", "set", "offer", "push", "insert", "addFirst",
      "addLast", "merge", "compute", "computeIfAbsent", "accept", "setAttribute", "setProperty", "header", "write");

  /**
   * The types whose values are sink streams when a sink returns them, and which pass writes on
   * to the stream they wrap; see {@code MethodFlow}'s sink streams.
   */
  private static final Set<String> OUTPUT_TYPES =
      Set.of("java.io.OutputStream", "java.io.Writer", "java.nio.channels.WritableByteChannel");

  /** Calls whose result replaces the elements by what the function returns. */
  private static final Set<String> TRANSFORMERS = Set.of(
      "map", "flatMap", "mapToObj", "mapToInt", "mapToLong", "mapToDouble", "thenApply", "thenCompose", "transform",
      "mapMulti");

  /** Calls that serialise every field of an object (JSON, XML), unlike {@code toString}. */
  private static final Set<String> SERIALIZERS = Set.of(
      "writeValueAsString", "writeValueAsBytes", "writeValue", "toJson", "toJSONString", "toJSONBytes", "toJsonTree",
      "serialize", "marshal", "encode");

  /** Questions about data whose answer is not the data. */
  private static final Set<String> PREDICATES = Set.of(
      "size", "length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase", "hashCode", "contains", "containsKey",
      "containsValue", "compareTo", "isPresent", "hasNext", "matches", "startsWith", "endsWith", "indexOf", "count",
      "getClass");

  /** Calls that return their input in another form: trimmed, parsed, formatted, checked for null. */
  private static final Set<String> CONVERSIONS = Set.of(
      "trim", "strip", "stripLeading", "stripTrailing", "toLowerCase", "toUpperCase", "valueOf", "parse", "toString",
      "intern", "requireNonNull", "format", "formatted");

  /** True when a library call only gives back its input in another form (for the store-only analysis). */
  public static boolean converts(String method) {
    return CONVERSIONS.contains(method);
  }

  public static boolean mutatesReceiver(String method) {
    return MUTATORS.contains(method);
  }

  /**
   * True for an output stream or a writer: by its type and supertypes' names, or, for a type that
   * does not resolve ({@code names} is only itself), by its simple name.
   */
  public static boolean writesOut(java.util.Collection<String> names, String simpleName) {
    if (names.stream().anyMatch(OUTPUT_TYPES::contains)) {
      return true;
    }
    return names.size() <= 1 && (simpleName.endsWith("OutputStream") || simpleName.endsWith("Writer"));
  }

  public static boolean transforms(String method) {
    return TRANSFORMERS.contains(method);
  }

  public static boolean serializes(String method) {
    return SERIALIZERS.contains(method);
  }

  /** True when the call answers a question (a boolean, a size) rather than passing data on. */
  public static boolean returnsNothingPersonal(CtAbstractInvocation<?> call) {
    if (PREDICATES.contains(call.getExecutable().getSimpleName())) {
      return true;
    }
    CtTypeReference<?> type = call.getExecutable().getType();
    return type != null && (type.getSimpleName().equals("boolean") || type.getSimpleName().equals("void"));
  }

  /** True when the call turns its arguments into text, through their {@code toString}. */
  public static boolean convertsToString(CtAbstractInvocation<?> call) {
    CtTypeReference<?> type = call.getExecutable().getType();
    if (type == null) {
      return false;
    }
    String name = type.getSimpleName();
    return name.equals("String") || name.equals("StringBuilder") || name.equals("StringBuffer")
        || name.equals("CharSequence");
  }

  /** The property a getter or record accessor reads: {@code getMobile} → {@code mobile}; null otherwise. */
  public static String getterProperty(String method, int arguments) {
    if (arguments != 0) {
      return null;
    }
    if (method.startsWith("get") && method.length() > 3) {
      return decapitalize(method.substring(3));
    }
    if (method.startsWith("is") && method.length() > 2 && Character.isUpperCase(method.charAt(2))) {
      return decapitalize(method.substring(2));
    }
    return method; // a record component's accessor, or a fluent getter
  }

  /** As JavaBeans name properties: {@code Mobile} → {@code mobile}, {@code URL} stays {@code URL}. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The property a setter writes: {@code setMobile} → {@code mobile}; null otherwise. */
  public static String setterProperty(String method, int arguments) {
    if (arguments == 1 && method.startsWith("set") && method.length() > 3) {
      return decapitalize(method.substring(3));
    }
    return null;
  }
}
