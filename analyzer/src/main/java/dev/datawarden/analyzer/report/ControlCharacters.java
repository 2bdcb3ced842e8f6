package dev.datawarden.analyzer.report;

/**
 * Makes text from the analysed code (annotation values, string literals, file names) safe to print
 * on a terminal or into a build log: every control character is written as a visible escape, so
 * the code cannot forge a log line ({@code "\n[INFO] BUILD SUCCESS"}), move the cursor or recolour
 * the terminal ({@code ESC [}), or reorder what is shown (Unicode's bidirectional controls).
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** {@code text} with each control character as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}. */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    int first = 0;
    while (first < text.length() && !isControl(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    return b.toString();
  }

  /**
   * C0 and C1 controls and DEL, the line and paragraph separators, and the bidirectional
   * formatting characters (the "Trojan Source" ones).
   */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u061C'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
