package dev.datawarden.analyzer.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A value a user set that DataWarden cannot use (a rule key that names no rule, an unknown severity,
 * a language it does not write). Its text is {@code key} of the settings' bundle ({@code
 * api/settings.properties}, English and Chinese) with {@code args}; {@link #getMessage()} is the
 * English one, {@link #message(Locale)} the one a front end shows in the language its user chose.
 */
public final class SettingException extends IllegalArgumentException {
  /** The bundle of the settings' texts. */
  public static final String BUNDLE = "dev.datawarden.analyzer.api.settings";

  private static final long serialVersionUID = 1L;

  private final String key;
  @SuppressWarnings("serial") // strings, numbers and lists of strings
  private final List<Object> args;

  /**
   * The mistake whose text is {@code key} with {@code args}; an argument that is a list (of names
   * the user wrote) is written with each name quoted, as the language quotes.
   */
  public SettingException(String key, Object... args) {
    super(render(Locale.ENGLISH, key, Arrays.asList(args)));
    this.key = key;
    this.args = Arrays.asList(args.clone());
  }

  /** The key of the text in the settings' bundle. */
  public String key() {
    return key;
  }

  /** The text in {@code locale}. */
  public String message(Locale locale) {
    return render(locale, key, args);
  }

  private static String render(Locale locale, String key, List<Object> args) {
    Messages texts = Messages.of(BUNDLE, locale);
    Object[] filled = args.stream()
        .map(a -> a instanceof List<?> names ? String.join(texts.text("quotedSeparator"),
            names.stream().map(String::valueOf).toList()) : a)
        .toArray();
    return texts.text(key, filled);
  }

  /**
   * The text of {@code e} in {@code locale} when it is a {@code SettingException}, else its message
   * as it is (a text from elsewhere).
   */
  public static String message(RuntimeException e, Locale locale) {
    return e instanceof SettingException s ? s.message(locale) : String.valueOf(e.getMessage());
  }
}
