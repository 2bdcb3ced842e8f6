package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Messages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reports that could not be written, each named with its reason: one text of the reports' bundle
 * ({@code write.*}) per report. {@link #getMessage()} is in English, {@link #message(Locale)} in the
 * language the user chose; a reason the operating system gave stays as it gave it.
 */
public final class WriteFailure extends IOException {
  private static final long serialVersionUID = 1L;

  /** One report that could not be written: the text {@code key} with {@code args}. */
  private record Part(String key, List<String> args) implements java.io.Serializable {}

  @SuppressWarnings("serial") // a list of records of strings
  private final List<Part> parts;

  WriteFailure(String key, Throwable cause, Object... args) {
    this(List.of(new Part(key, Arrays.stream(args).map(String::valueOf).toList())), cause);
  }

  private WriteFailure(List<Part> parts, Throwable cause) {
    super(render(parts, Locale.ENGLISH), cause);
    this.parts = List.copyOf(parts);
  }

  /** Every failure of {@code failures} in one; another exception is kept with its message as it is. */
  static WriteFailure of(List<IOException> failures) {
    List<Part> all = new ArrayList<>();
    for (IOException e : failures) {
      if (e instanceof WriteFailure w) {
        all.addAll(w.parts);
      } else {
        all.add(new Part("write.other", List.of(String.valueOf(e.getMessage()))));
      }
    }
    return new WriteFailure(all, failures.get(0));
  }

  /** The text in {@code locale}. */
  public String message(Locale locale) {
    return render(parts, locale);
  }

  /**
   * The text of {@code e} in {@code locale} when DataWarden wrote it (a report it could not write, a
   * file of its own it could not read), else its message as it is.
   */
  public static String message(IOException e, Locale locale) {
    return e instanceof WriteFailure w ? w.message(locale)
        : e instanceof ReadFailure r ? r.message(locale) : String.valueOf(e.getMessage());
  }

  private static String render(List<Part> parts, Locale locale) {
    Messages texts = Texts.of(locale).messages();
    List<String> lines = parts.stream().map(p -> texts.text(p.key(), p.args().toArray())).toList();
    return String.join(texts.text("write.separator"), lines);
  }
}
