package dev.datawarden.analyzer.rules.discovery;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.cu.CompilationUnit;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;

/**
 * The labels a code base writes on a field or parameter, which say what it holds in words: the
 * Javadoc or line comments right above a field and a line comment after it ({@code /** 手机号码 *}{@code /},
 * {@code // 手机号}), and the label attributes of annotations named in {@code pi-names.yml}
 * ({@code @ApiModelProperty(value = "身份证号")}, {@code @Schema(description = ...)},
 * {@code @Excel(name = ...)}, {@code @ExcelProperty(...)}, and a column definition's
 * {@code COMMENT '...'}). The model is built without comments, so comments are read from the
 * source text around the element.
 */
final class Labels {
  private static final Pattern SQL_COMMENT = Pattern.compile("(?i)\\bCOMMENT\\s+'((?:[^']|'')*)'");
  private static final int SHOWN = 40;

  private final PersonalInfoNames names;
  /**
   * The lines of each compilation unit, by identity: Spoon's equals and hashCode compare units by
   * their content, which made each look-up a walk of the models of many files.
   */
  private final Map<CompilationUnit, String[]> lines = new IdentityHashMap<>();

  Labels(PersonalInfoNames names) {
    this.names = names;
  }

  /**
   * The labels of an element written in Chinese: its label attributes first, then its comments (a field's
   * or a type's), each trimmed.
   */
  List<String> of(CtElement element) {
    List<String> labels = new ArrayList<>();
    for (CtAnnotation<?> a : element.getAnnotations()) {
      String simpleName = a.getAnnotationType() == null ? "" : a.getAnnotationType().getSimpleName();
      for (String attribute : names.labelAttributes(simpleName)) {
        for (String value : strings(a.getValues().get(attribute))) {
          Matcher sql = SQL_COMMENT.matcher(value);
          if (attribute.equals("columnDefinition")) {
            if (sql.find()) {
              add(labels, sql.group(1).replace("''", "'"));
            }
          } else {
            add(labels, value);
          }
        }
      }
    }
    if (element instanceof CtField<?> || element instanceof spoon.reflect.declaration.CtType<?>) {
      comments(element).forEach(c -> add(labels, c));
    }
    return labels;
  }

  /** How a message quotes a label: its first line, cut short when long. */
  static String shown(String label) {
    String first = label.lines().findFirst().orElse("").trim();
    return first.length() > SHOWN ? first.substring(0, SHOWN) + "…" : first;
  }

  /** Keeps a label written in Chinese: an English comment says nothing the names do not already say. */
  private static void add(List<String> labels, String label) {
    String trimmed = label.trim();
    if (trimmed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      labels.add(trimmed);
    }
  }

  private static List<String> strings(CtExpression<?> value) {
    List<String> found = new ArrayList<>();
    if (value instanceof CtLiteral<?> literal && literal.getValue() instanceof String s) {
      found.add(s);
    } else if (value instanceof CtNewArray<?> array) {
      for (CtExpression<?> item : array.getElements()) {
        if (item instanceof CtLiteral<?> literal && literal.getValue() instanceof String s) {
          found.add(s);
        }
      }
    }
    return found;
  }

  /**
   * The comment block right above the element (above its annotations), and a line comment at the
   * end of its last line: {@code private String mobile; // 手机号}.
   */
  private List<String> comments(CtElement element) {
    SourcePosition position = element.getPosition();
    if (position == null || !position.isValidPosition() || position.getCompilationUnit() == null) {
      return List.of();
    }
    String[] text = lines.computeIfAbsent(position.getCompilationUnit(), cu -> {
      String source = cu.getOriginalSourceCode();
      return source == null ? new String[0] : source.split("\r\n|\r|\n", -1);
    });
    int first = position.getLine();
    for (CtAnnotation<?> a : element.getAnnotations()) {
      if (a.getPosition() != null && a.getPosition().isValidPosition()) {
        first = Math.min(first, a.getPosition().getLine());
      }
    }
    List<String> found = new ArrayList<>();
    int k = first - 2; // the line above, 0-based
    if (k >= 0 && k < text.length && text[k].trim().endsWith("*/")) {
      StringBuilder block = new StringBuilder();
      int end = k;
      while (k >= 0 && !text[k].contains("/*")) {
        k--;
      }
      if (k >= 0) {
        for (int i = k; i <= end; i++) {
          block.append(text[i]).append('\n');
        }
        found.add(javadocText(block.toString()));
      }
    } else {
      List<String> lineComments = new ArrayList<>();
      while (k >= 0 && k < text.length && text[k].trim().startsWith("//")) {
        lineComments.add(0, text[k].trim().substring(2));
        k--;
      }
      if (!lineComments.isEmpty()) {
        found.add(String.join("\n", lineComments));
      }
    }
    int last = position.getEndLine() - 1;
    if (last >= 0 && last < text.length) {
      String line = text[last];
      int semicolon = line.lastIndexOf(';');
      int comment = line.indexOf("//", Math.max(semicolon, 0));
      if (semicolon >= 0 && comment > semicolon) {
        found.add(line.substring(comment + 2));
      }
    }
    return found;
  }

  /** The text of a comment block without its delimiters, leading asterisks and block tags. */
  private static String javadocText(String block) {
    String body = block.trim();
    body = body.substring(body.indexOf("/*") + 2, body.lastIndexOf("*/"));
    StringBuilder text = new StringBuilder();
    for (String line : body.split("\n")) {
      String l = line.trim();
      while (l.startsWith("*")) {
        l = l.substring(1).trim();
      }
      if (l.startsWith("@")) {
        break; // @see, @deprecated...: no longer the description
      }
      if (!l.isEmpty()) {
        text.append(text.length() == 0 ? "" : "\n").append(l);
      }
    }
    return text.toString();
  }
}
