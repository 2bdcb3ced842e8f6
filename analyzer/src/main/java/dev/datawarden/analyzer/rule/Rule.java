package dev.datawarden.analyzer.rule;

/**
 * One rule of the pack. Implementations are named by their key, carry {@link RuleInfo}, and report
 * through the context; they ask the facts and the engine rather than walking the syntax tree.
 */
public interface Rule {
  /** Called once per analysis, after the facts are collected. */
  void check(RuleContext context);
}
