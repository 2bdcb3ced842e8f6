package dev.datawarden.analyzer.cli;

import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.report.ControlCharacters;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's mistakes in its user's language: picocli's own exceptions (an unknown option,
 * a missing argument, a value of the wrong type) written from the command's bundle, and the
 * language itself, which is read from the arguments before picocli parses them.
 */
final class UsageErrors {
  private UsageErrors() {}

  /**
   * The language {@code --locale LANG} or {@code --locale=LANG} asks for, else the default; a
   * language DataWarden does not write is the default here (the command then names the mistake).
   */
  static Locale localeOf(String[] args) {
    String tag = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--locale") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--locale=")) {
        tag = args[i].substring("--locale=".length());
      }
    }
    try {
      return Messages.parse(tag);
    } catch (SettingException e) {
      return Messages.defaultLocale();
    }
  }

  /** What is wrong with the arguments, in the language of {@code t}. */
  static String describe(CommandLine.ParameterException e, Messages t) {
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      return t.text(first.startsWith("-") ? "error.unknownOption" : "error.unexpectedArgument", shown(first));
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      return missing instanceof OptionSpec option
          ? t.text("error.missingValue", option.longestName(), option.paramLabel())
          : t.text("error.missingSources", missing.paramLabel());
    }
    if (e.getArgSpec() instanceof OptionSpec option && e.getValue() != null) {
      Class<?> type = option.type();
      return t.text(type == int.class || type == Integer.class ? "error.notANumber" : "error.badValue",
          option.longestName(), shown(e.getValue()));
    }
    if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec option) {
      return t.text("error.twice", option.longestName());
    }
    return t.text("error.usage", shown(e.getMessage()));
  }

  private static String shown(String value) {
    return ControlCharacters.escape(String.valueOf(value));
  }
}
