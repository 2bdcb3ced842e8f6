package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Messages;
import java.util.Locale;

/**
 * The reports' texts ({@code report/messages.properties}) in one language, as templates call them:
 * {@code ${t.get("report.summary")}}, {@code ${t.get("report.title", title)}}.
 */
public final class Texts {
  static final String BUNDLE = "dev.datawarden.analyzer.report.messages";

  private final Messages messages;

  private Texts(Messages messages) {
    this.messages = messages;
  }

  public static Texts of(Locale locale) {
    return new Texts(Messages.of(BUNDLE, locale));
  }

  public Messages messages() {
    return messages;
  }

  public Locale locale() {
    return messages.locale();
  }

  public String get(String key) {
    return messages.text(key);
  }

  public String get(String key, Object a) {
    return messages.text(key, a);
  }

  public String get(String key, Object a, Object b) {
    return messages.text(key, a, b);
  }

  public String get(String key, Object a, Object b, Object c) {
    return messages.text(key, a, b, c);
  }
}
