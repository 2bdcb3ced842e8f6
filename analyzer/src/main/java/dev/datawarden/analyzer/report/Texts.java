package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Messages;
import java.util.List;
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

  /** The verbs the flow engine writes at the start of a path step's label, by their text's key. */
  private static final List<String> STEP_VERBS = List.of("read", "passed to", "returned by", "reaches",
      "lambda parameter", "parameter", "assigned to", "stored in", "added to", "caught as", "element");

  /**
   * A path step's label ("read Member.email (EMAIL)", "passed to X", "X declared", "X carries Y"), as
   * the flow engine writes it in English, in this language: the engine's words translated, the names
   * from the code kept; a label of another form is kept as it is.
   */
  public String step(String label) {
    if (!messages.chinese()) {
      return label;
    }
    for (String verb : STEP_VERBS) {
      if (label.startsWith(verb + " ")) {
        return get("step." + verb.replace(' ', '-'), label.substring(verb.length() + 1));
      }
    }
    if (label.endsWith(" declared")) {
      return get("step.declared", label.substring(0, label.length() - " declared".length()));
    }
    int carries = label.indexOf(" carries ");
    if (carries > 0) {
      return get("step.carries", label.substring(0, carries), label.substring(carries + " carries ".length()));
    }
    return label;
  }
}
