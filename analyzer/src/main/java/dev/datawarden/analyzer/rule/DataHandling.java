package dev.datawarden.analyzer.rule;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.declaration.CtExecutable;

/**
 * What the collection and transfer rules know about how the analysed code handles personal
 * information, published for the reports that list it (the lists of collected and provided
 * personal information) so that they ask the rules' own analyses without reaching into them. The
 * rule pack makes one per analysis ({@code RulePack.dataHandling}).
 */
public interface DataHandling {
  /**
   * The personal information a method collects from individuals through its parameters; empty when
   * it is no collection point (neither a {@code @CollectionPoint} nor an endpoint taking personal information).
   */
  List<Source> collectedAt(CtExecutable<?> method);

  /** True when every way to the flow's sink calls a {@code @TransferLog} method, so the transfer is recorded. */
  boolean recorded(Flow flow);

  /**
   * For a finding of a consent rule, the entry points of the paths on which its sink runs without
   * the consent check it needs (worked out again from the flows, not read from the message); empty
   * for any other finding.
   */
  Optional<Set<CtExecutable<?>>> consentGap(Finding finding);
}
