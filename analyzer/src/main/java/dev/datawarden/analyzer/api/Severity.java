package dev.datawarden.analyzer.api;

import java.util.Arrays;
import java.util.Locale;

/** How much a finding matters, from the most to the least severe; the order is the one SonarQube uses. */
public enum Severity {
  BLOCKER,
  CRITICAL,
  MAJOR,
  MINOR,
  INFO;

  /** True when this severity is as severe as {@code threshold} or more. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** The names of the severities, most severe first: {@code BLOCKER, CRITICAL, MAJOR, MINOR, INFO}. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(Severity::name).toList());
  }

  /** The severity one step lower ({@code INFO} stays {@code INFO}): a finding's on inferred data. */
  public Severity lower() {
    return this == INFO ? INFO : values()[ordinal() + 1];
  }

  /** Parses a severity name in any case; the error ({@link SettingException}) names the accepted values. */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SettingException("unknownSeverity", text, names());
    }
  }
}
