package dev.datawarden.analyzer.frameworks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The comments SQL DDL files in the project's resource folders ({@code *.sql}) write on columns, which
 * Chinese code bases use as labels: MySQL's {@code mobile varchar(11) COMMENT '手机号'} inside a
 * {@code CREATE TABLE}, and {@code COMMENT ON COLUMN member.mobile IS '手机号'} (PostgreSQL, Oracle,
 * Dameng, Kingbase). Tables and columns are known by their names in lower case, without quotes or schema.
 */
public final class SqlColumnComments {
  /** No DDL read. */
  public static final SqlColumnComments NONE = new SqlColumnComments(Map.of());

  private static final String NAME = "[`\"\\[]?([\\w$]+)[`\"\\]]?";
  private static final Pattern CREATE_TABLE = Pattern.compile(
      "(?is)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "\\s*\\(");
  private static final Pattern COLUMN = Pattern.compile(
      "(?is)^\\s*" + NAME + "\\s+[\\w(),\\s]*?\\bCOMMENT\\s+'((?:[^']|'')*)'");
  private static final Pattern COMMENT_ON = Pattern.compile(
      "(?is)COMMENT\\s+ON\\s+COLUMN\\s+(?:" + NAME + "\\s*\\.\\s*)?" + NAME + "\\s*\\.\\s*" + NAME
          + "\\s+IS\\s+'((?:[^']|'')*)'");
  /** Larger files are data dumps, not schemas. */
  private static final long MAX_BYTES = 4L << 20;

  private final Map<String, Map<String, String>> byTable;

  private SqlColumnComments(Map<String, Map<String, String>> byTable) {
    this.byTable = byTable;
  }

  /** The comments of the {@code *.sql} files under {@code roots}; files that cannot be read are left out. */
  public static SqlColumnComments read(List<Path> roots) {
    Map<String, Map<String, String>> tables = new HashMap<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".sql")).sorted().toList()) {
          if (Files.isRegularFile(f) && Files.size(f) <= MAX_BYTES) {
            parse(new String(Files.readAllBytes(f), StandardCharsets.UTF_8), tables);
          }
        }
      } catch (IOException | RuntimeException e) {
        // a folder or file that cannot be read labels nothing
      }
    }
    return tables.isEmpty() ? NONE : new SqlColumnComments(Map.copyOf(tables));
  }

  /** The comments of one DDL text. */
  static SqlColumnComments parse(String sql) {
    Map<String, Map<String, String>> tables = new HashMap<>();
    parse(sql, tables);
    return new SqlColumnComments(tables);
  }

  private static void parse(String sql, Map<String, Map<String, String>> tables) {
    Matcher create = CREATE_TABLE.matcher(sql);
    while (create.find()) {
      String table = create.group(2).toLowerCase(Locale.ROOT);
      int end = closing(sql, create.end() - 1);
      if (end < 0) {
        continue;
      }
      for (String definition : topLevelParts(sql.substring(create.end(), end))) {
        Matcher column = COLUMN.matcher(definition);
        if (column.find()) {
          tables.computeIfAbsent(table, t -> new HashMap<>())
              .putIfAbsent(column.group(1).toLowerCase(Locale.ROOT), column.group(2).replace("''", "'"));
        }
      }
    }
    Matcher on = COMMENT_ON.matcher(sql);
    while (on.find()) {
      tables.computeIfAbsent(on.group(2).toLowerCase(Locale.ROOT), t -> new HashMap<>())
          .putIfAbsent(on.group(3).toLowerCase(Locale.ROOT), on.group(4).replace("''", "'"));
    }
  }

  /** Where the parenthesis opened at {@code open} closes, skipping quoted text; -1 when it does not. */
  private static int closing(String sql, int open) {
    int depth = 0;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        i = sql.indexOf('\'', i + 1);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The comma-separated definitions of a table body, not splitting inside parentheses or quotes. */
  private static List<String> topLevelParts(String body) {
    List<String> parts = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\'') {
        int close = body.indexOf('\'', i + 1);
        i = close < 0 ? body.length() : close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(body.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  /** The comment on a column of a table, by their names in any case. */
  public Optional<String> comment(String table, String column) {
    Map<String, String> columns = byTable.get(table.toLowerCase(Locale.ROOT));
    return columns == null ? Optional.empty() : Optional.ofNullable(columns.get(column.toLowerCase(Locale.ROOT)));
  }

  /** True when no comment was read. */
  public boolean isEmpty() {
    return byTable.isEmpty();
  }
}
