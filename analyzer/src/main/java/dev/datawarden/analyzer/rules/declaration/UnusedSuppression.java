package dev.datawarden.analyzer.rules.declaration;

import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;
import dev.datawarden.analyzer.rule.RuleMetadata;
import java.util.Locale;

/**
 * A {@code @SuppressWarnings("datawarden:RuleKey")} that silences nothing. Its findings depend on
 * the findings of every other rule, so the suppression filter raises them after all rules ran
 * (the suppression filter, a layer above the rules); {@link #check} has nothing to do.
 */
@RuleInfo(
    title = "Suppression that silences nothing",
    severity = Severity.INFO,
    articles = {},
    summary = "A @SuppressWarnings(\"datawarden:…\") silences no finding or names no DataWarden rule.",
    remediation = "Remove the key from @SuppressWarnings, or correct the rule key.")
public final class UnusedSuppression implements Rule {
  public static final String KEY = RuleMetadata.of(UnusedSuppression.class).key();

  @Override
  public void check(RuleContext context) {
    // raised by SuppressionFilter once the other rules' findings are known
  }

  /**
   * The message of a finding on a suppression ({@code annotation} as written, on {@code element}) of
   * {@code ruleKey}; {@code knownRule} false when the key names no rule.
   */
  public static String message(String annotation, String element, String ruleKey, boolean knownRule, Locale locale) {
    return Messages.of(RuleMetadata.MESSAGES, locale)
        .text(knownRule ? "UnusedSuppression.unused" : "UnusedSuppression.unknownRule", annotation, element, ruleKey);
  }
}
