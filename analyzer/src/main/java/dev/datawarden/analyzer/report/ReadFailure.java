package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Messages;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One of DataWarden's JSON files (a report read back, a baseline) that cannot be used: a text of the
 * reports' bundle ({@code read.*}) with its arguments, so that each front end shows it in its
 * language ({@link WriteFailure#message(IOException, Locale)}); its message is the English text.
 */
public final class ReadFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final String key;

  @SuppressWarnings("serial") // strings
  private final List<String> args;

  ReadFailure(String key, Throwable cause, Object... args) {
    super(render(key, Arrays.stream(args).map(String::valueOf).toList(), Locale.ENGLISH), cause);
    this.key = key;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
  }

  /** The text in {@code locale}. */
  public String message(Locale locale) {
    return render(key, args, locale);
  }

  private static String render(String key, List<String> args, Locale locale) {
    Messages texts = Texts.of(locale).messages();
    // the kind of file ("read.kind.report") is a text of its own
    return texts.text(key, args.stream().map(a -> a.startsWith("read.kind.") ? texts.text(a) : a).toArray());
  }
}
