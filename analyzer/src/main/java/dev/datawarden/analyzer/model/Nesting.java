package dev.datawarden.analyzer.model;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the line of a file where its code nests deepest (parentheses, brackets and braces), the
 * line to name when the file is too deeply nested to analyse; the longest line when nothing nests
 * (a long chain of operators); never 0, the first line when nothing better is known.
 */
final class Nesting {
  private Nesting() {}

  static int deepestLine(Path file, Charset encoding) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), encoding); // bytes not valid in it replaced, never a failure
    } catch (IOException | RuntimeException e) {
      return 1;
    }
    int line = 1;
    int depth = 0;
    int deepest = 0;
    int deepestLine = 0;
    int lineStart = 0;
    int longest = 0;
    int longestLine = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        if (++depth > deepest) {
          deepest = depth;
          deepestLine = line;
        }
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == '\n') {
        if (i - lineStart > longest) {
          longest = i - lineStart;
          longestLine = line;
        }
        line++;
        lineStart = i + 1;
      }
    }
    if (text.length() - lineStart > longest) {
      longestLine = line;
    }
    return Math.max(1, deepest > 100 ? deepestLine : longestLine);
  }
}
