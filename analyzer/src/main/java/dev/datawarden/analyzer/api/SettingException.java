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
  private final List<String> args;

  /** The mistake whose text is {@code key} with {@code args}. */
  public SettingException(String key, Object... args) {
    super(Messages.of(BUNDLE, Locale.ENGLISH).text(key, args));
    this.key = key;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
  }

  /** The key of the text in the settings' bundle. */
  public String key() {
    return key;
  }

  /** The text in {@code locale}. */
  public String message(Locale locale) {
    return Messages.of(BUNDLE, locale).text(key, args.toArray());
  }

  /**
   * The text of {@code e} in {@code locale} when it is a {@code SettingException}, else its message
   * as it is (a text from elsewhere).
   */
  public static String message(RuntimeException e, Locale locale) {
    return e instanceof SettingException s ? s.message(locale) : String.valueOf(e.getMessage());
  }
}
