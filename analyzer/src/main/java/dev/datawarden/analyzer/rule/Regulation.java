package dev.datawarden.analyzer.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the Network Data Security Management Regulations, by article, so that rule
 * documentation can quote the article a rule enforces.
 */
public final class Regulation {
  private static final Pattern ARTICLE_START = Pattern.compile("^Article (\\d+)(?::|\\s)");
  private static final Map<Integer, String> ARTICLES = load();

  private Regulation() {}

  /** The whole text of article {@code number}, with its sub-paragraphs. */
  public static Optional<String> article(int number) {
    return Optional.ofNullable(ARTICLES.get(number));
  }

  public static Map<Integer, String> articles() {
    return ARTICLES;
  }

  private static Map<Integer, String> load() {
    try (InputStream in = Regulation.class.getResourceAsStream("regulation.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing regulation.txt");
      }
      Map<Integer, String> articles = new TreeMap<>();
      Integer current = null;
      StringBuilder text = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        Matcher m = ARTICLE_START.matcher(line);
        boolean starts = m.find();
        if (starts || line.startsWith("Chapter ")) {
          if (current != null) {
            articles.put(current, text.toString().trim());
          }
          current = starts ? Integer.valueOf(m.group(1)) : null;
          text.setLength(0);
        }
        if (current != null && !line.isBlank()) {
          text.append(line.trim()).append('\n');
        }
      }
      if (current != null) {
        articles.put(current, text.toString().trim());
      }
      return Collections.unmodifiableMap(articles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
