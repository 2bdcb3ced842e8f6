package dev.datawarden.analyzer.frameworks;

/** The JavaBeans naming conventions: which property an accessor reads or writes. */
public final class JavaBeans {
  private JavaBeans() {}

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

  /** A name with its first letter in lower case, as field names follow accessor names ({@code URL} becomes {@code uRL}). */
  public static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The property a getter reads, requiring an upper-case letter after {@code get} or {@code is}; null otherwise. */
  public static String readProperty(String method) {
    if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
      return lowerFirst(method.substring(3));
    }
    if (method.length() > 2 && method.startsWith("is") && Character.isUpperCase(method.charAt(2))) {
      return lowerFirst(method.substring(2));
    }
    return null;
  }
}
