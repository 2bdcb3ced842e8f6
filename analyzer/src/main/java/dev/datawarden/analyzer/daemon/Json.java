package dev.datawarden.analyzer.daemon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the daemon's state file, requests and answers, without a library: the annotation
 * processor talks to the daemon from inside the compiler's JVM, where loading and warming a JSON
 * library (Jackson's databind is some 600 classes) cost more CPU than the whole exchange otherwise
 * does. Values are {@code Map<String, Object>} (in the written order), {@code List<Object>},
 * {@code String}, {@code Long} for integral numbers, {@code Double} for others, {@code Boolean} and
 * {@code null}. What is written is ASCII: every other character is escaped, so any Java string,
 * even one with an unpaired surrogate, comes back as it was.
 */
final class Json {
  /** Deeper nesting than this is no request or answer of ours; refusing it keeps the parser's stack small. */
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  /** The JSON text of a value made of the types above ({@code Integer} and other numbers are written as they print). */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  /** The value of a JSON text; an {@link IllegalArgumentException} says where it is not JSON. */
  static Object parse(String text) {
    Json parser = new Json(text);
    Object value = parser.value(0);
    parser.skipWhitespace();
    if (parser.at < text.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  /** The members of a JSON object; an {@link IllegalArgumentException} when {@code value} is none. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value, String what) {
    if (value instanceof Map<?, ?>) {
      return (Map<String, Object>) value;
    }
    throw new IllegalArgumentException(what + " is not a JSON object");
  }

  /** The items of an array member; empty when it is absent or null. */
  static List<?> items(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(name + " is not a JSON array");
  }

  /** A string member; null when it is absent or null. */
  static String text(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException(name + " is not a JSON string");
  }

  /** An array of strings, or nulls; null when the member is absent or null. */
  static List<String> texts(Map<String, Object> object, String name) {
    if (object.get(name) == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (Object item : items(object, name)) {
      if (item != null && !(item instanceof String)) {
        throw new IllegalArgumentException(name + " holds something else than strings");
      }
      texts.add((String) item);
    }
    return texts;
  }

  /** An integral number member; {@code otherwise} when it is absent or null. */
  static long number(Map<String, Object> object, String name, long otherwise) {
    Object value = object.get(name);
    if (value == null) {
      return otherwise;
    }
    if (value instanceof Long number) {
      return number;
    }
    throw new IllegalArgumentException(name + " is not an integral JSON number");
  }

  /** An integral number member that must fit an int; {@code otherwise} when it is absent or null. */
  static int integer(Map<String, Object> object, String name, int otherwise) {
    long value = number(object, name, otherwise);
    if (value != (int) value) {
      throw new IllegalArgumentException(name + " is out of range: " + value);
    }
    return (int) value;
  }

  /** A boolean member; false when it is absent or null. */
  static boolean flag(Map<String, Object> object, String name) {
    Object value = object.get(name);
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    throw new IllegalArgumentException(name + " is not a JSON boolean");
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean || value instanceof Number) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(String.valueOf(e.getKey()), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("no JSON for a " + value.getClass().getName());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            String hex = Integer.toHexString(c);
            out.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    skipWhitespace();
    if (at >= text.length()) {
      throw error("a value expected");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || c >= '0' && c <= '9') {
          yield number();
        }
        throw error("a value expected");
      }
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> members = new LinkedHashMap<>();
    at++; // {
    skipWhitespace();
    if (peek() == '}') {
      at++;
      return members;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("a member name expected");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      members.put(name, value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return members;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> items = new ArrayList<>();
    at++; // [
    skipWhitespace();
    if (peek() == ']') {
      at++;
      return items;
    }
    while (true) {
      items.add(value(depth + 1));
      skipWhitespace();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return items;
      }
    }
  }

  private String string() {
    at++; // "
    StringBuilder s = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("an unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return s.toString();
      }
      if (c < 0x20) {
        throw error("a control character in a string");
      }
      if (c != '\\') {
        s.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw error("an unterminated string");
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case '"', '\\', '/' -> s.append(escaped);
        case 'b' -> s.append('\b');
        case 'f' -> s.append('\f');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 't' -> s.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw error("a short \\u escape");
          }
          int code = 0;
          for (int end = at + 4; at < end; at++) {
            char hex = text.charAt(at);
            int digit = hex < 0x80 ? Character.digit(hex, 16) : -1;
            if (digit < 0) {
              throw error("a \\u escape that is not hexadecimal");
            }
            code = code * 16 + digit;
          }
          s.append((char) code);
        }
        default -> throw error("an unknown escape \\" + escaped);
      }
    }
  }

  private Object number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    boolean integral = true;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c >= '0' && c <= '9') {
        at++;
      } else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
        integral = false;
        at++;
      } else {
        break;
      }
    }
    String number = text.substring(start, at);
    try {
      return integral ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
    } catch (NumberFormatException e) {
      at = start;
      throw error("a malformed number '" + number + "'");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("a value expected");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void skipWhitespace() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\n' || text.charAt(at) == '\r'
        || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
