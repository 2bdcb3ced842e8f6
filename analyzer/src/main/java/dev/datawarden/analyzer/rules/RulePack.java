package dev.datawarden.analyzer.rules;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.model.SourceModel;
import dev.datawarden.analyzer.rule.DataHandling;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.collection.CollectedData;
import dev.datawarden.analyzer.rules.collection.OverCollection;
import dev.datawarden.analyzer.rules.collection.PurposeExceeded;
import dev.datawarden.analyzer.rules.consent.ConsentGaps;
import dev.datawarden.analyzer.rules.consent.MissingConsentCheck;
import dev.datawarden.analyzer.rules.consent.MissingGuardianConsent;
import dev.datawarden.analyzer.rules.consent.MissingSeparateConsent;
import dev.datawarden.analyzer.rules.declaration.InvalidAnnotation;
import dev.datawarden.analyzer.rules.declaration.MissingRetentionPeriod;
import dev.datawarden.analyzer.rules.declaration.UnusedSuppression;
import dev.datawarden.analyzer.rules.deletion.Deletions;
import dev.datawarden.analyzer.rules.deletion.IncompleteDeletion;
import dev.datawarden.analyzer.rules.deletion.MissingDeletionPath;
import dev.datawarden.analyzer.rules.discovery.UnannotatedPersonalInfo;
import dev.datawarden.analyzer.rules.exposure.PersonalInfoLogged;
import dev.datawarden.analyzer.rules.exposure.UnencryptedSensitiveData;
import dev.datawarden.analyzer.rules.transfer.CrossBorderScopeExceeded;
import dev.datawarden.analyzer.rules.transfer.CrossBorderWithoutBasis;
import dev.datawarden.analyzer.rules.transfer.ImportantDataExportWithoutAssessment;
import dev.datawarden.analyzer.rules.transfer.ImportantDataProvisionWithoutRiskAssessment;
import dev.datawarden.analyzer.rules.transfer.TransferWithoutAgreement;
import dev.datawarden.analyzer.rules.transfer.Transfers;
import dev.datawarden.analyzer.rules.transfer.UnloggedTransfer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import spoon.reflect.declaration.CtExecutable;

/** The registered rules, in a stable order, with their metadata validated when the class loads. */
public final class RulePack {
  private record Entry(RuleMetadata metadata, Supplier<Rule> factory) {}

  private static final List<Entry> RULES = List.of(
      entry(InvalidAnnotation.class, InvalidAnnotation::new),
      entry(MissingRetentionPeriod.class, MissingRetentionPeriod::new),
      entry(PersonalInfoLogged.class, PersonalInfoLogged::new),
      entry(UnloggedTransfer.class, UnloggedTransfer::new),
      entry(TransferWithoutAgreement.class, TransferWithoutAgreement::new),
      entry(CrossBorderWithoutBasis.class, CrossBorderWithoutBasis::new),
      entry(CrossBorderScopeExceeded.class, CrossBorderScopeExceeded::new),
      entry(ImportantDataExportWithoutAssessment.class, ImportantDataExportWithoutAssessment::new),
      entry(ImportantDataProvisionWithoutRiskAssessment.class, ImportantDataProvisionWithoutRiskAssessment::new),
      entry(UnencryptedSensitiveData.class, UnencryptedSensitiveData::new),
      entry(MissingConsentCheck.class, MissingConsentCheck::new),
      entry(MissingSeparateConsent.class, MissingSeparateConsent::new),
      entry(MissingGuardianConsent.class, MissingGuardianConsent::new),
      entry(PurposeExceeded.class, PurposeExceeded::new),
      entry(OverCollection.class, OverCollection::new),
      entry(MissingDeletionPath.class, MissingDeletionPath::new),
      entry(IncompleteDeletion.class, IncompleteDeletion::new),
      entry(UnannotatedPersonalInfo.class, UnannotatedPersonalInfo::new),
      entry(UnusedSuppression.class, UnusedSuppression::new));

  private RulePack() {}

  private static Entry entry(Class<? extends Rule> type, Supplier<Rule> factory) {
    return new Entry(RuleMetadata.of(type), factory);
  }

  /**
   * What the collection and transfer rules know about an analysis's flows, for the reports that list
   * collected and provided personal information.
   */
  public static DataHandling dataHandling(Flows flows) {
    CollectedData collection = CollectedData.of(flows);
    Transfers transfers = Transfers.of(flows);
    return new DataHandling() {
      @Override
      public List<Source> collectedAt(CtExecutable<?> method) {
        return collection.isCollectionPoint(method) ? collection.collected(method) : List.of();
      }

      @Override
      public boolean recorded(Flow flow) {
        return transfers.unrecordedChain(flow).isEmpty();
      }

      @Override
      public Optional<Set<CtExecutable<?>>> consentGap(Finding finding) {
        return ConsentGaps.isConsentRule(finding.ruleKey()) ? Optional.of(ConsentGaps.entries(flows, finding))
            : Optional.empty();
      }
    };
  }

  /** The metadata of every rule, in registration order. */
  public static List<RuleMetadata> all() {
    return RULES.stream().map(Entry::metadata).toList();
  }

  public static Optional<RuleMetadata> find(String key) {
    return all().stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /** Runs the rules without data flows: only the rules about declarations find anything. */
  public static void run(Facts facts, SourceModel model, Set<String> disabled, Consumer<Finding> findings) {
    run(facts, model, Flows.none(), disabled, findings);
  }

  public static void run(Facts facts, SourceModel model, Flows flows, Set<String> disabled, Consumer<Finding> findings) {
    run(facts, model, flows, disabled, Locale.ENGLISH, findings);
  }

  /** Runs every rule whose key is not in {@code disabled}, with the findings written in {@code locale}. */
  public static void run(Facts facts, SourceModel model, Flows flows, Set<String> disabled, Locale locale,
      Consumer<Finding> findings) {
    run(facts, model, flows, disabled, locale, findings, (rule, millis) -> { });
  }

  /**
   * As {@link #run(Facts, SourceModel, Flows, Set, Locale, Consumer)}, telling {@code timings} how
   * many milliseconds each rule took, in registration order. What rules share
   * ({@code RuleContext.shared}) is worked out by the first rule that asks for it, and counted in its time.
   */
  public static void run(Facts facts, SourceModel model, Flows flows, Set<String> disabled, Locale locale,
      Consumer<Finding> findings, java.util.function.ObjLongConsumer<String> timings) {
    runForDeletions(facts, model, flows, false, disabled, locale, findings, timings);
  }

  /**
   * As {@link #run(Facts, SourceModel, Flows, Set, Locale, Consumer, java.util.function.ObjLongConsumer)},
   * answering where the analysed types (context sources included) some deletion covers are named,
   * as the deletion rules worked them out; empty when neither of them ran or there is no
   * call graph. A multi-module build judges deletion over all its modules with it.
   */
  public static Set<Location> runForDeletions(Facts facts, SourceModel model, Flows flows, boolean coveredTypes,
      Set<String> disabled, Locale locale, Consumer<Finding> findings, java.util.function.ObjLongConsumer<String> timings) {
    Map<Class<?>, Object> shared = new HashMap<>();
    for (Entry e : RULES) {
      if (!disabled.contains(e.metadata().key())) {
        long start = System.nanoTime();
        RuleContext context = new RuleContext(e.metadata(), facts, model, flows, findings, shared, locale);
        e.factory().get().check(context);
        context.reportFlows();
        timings.accept(e.metadata().key(), (System.nanoTime() - start) / 1_000_000);
      }
    }
    return coveredTypes && shared.get(Deletions.class) instanceof Deletions deletions ? deletions.coveredHolders()
        : Set.of();
  }
}
