package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.api.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, written once on the rule's class. The rule's key is the class's simple
 * name. Every report, the SonarQube repository and the rule documentation read it from here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** A short title in sentence case, e.g. "Personal information written to a log". */
  String title();

  Severity severity();

  /**
   * The articles of the Network Data Security Management Regulations the rule enforces, as
   * {@code "22"} or {@code "22(ii)"}; empty for rules about DataWarden's own vocabulary.
   */
  String[] articles();

  /**
   * What triggers the rule, in one sentence. The explanation (why, what counts, the examples) is the
   * rule's page, {@code <Key>.html} beside the class, which every report and SonarQube take from there.
   */
  String summary();

  /** How to fix a finding, one or two sentences. */
  String remediation();

  /**
   * The groups the rule belongs to where consumers count rules together, such as
   * {@value RuleMetadata#CROSS_BORDER} for the SonarQube measure of cross-border flows; none by default.
   */
  String[] tags() default {};
}
