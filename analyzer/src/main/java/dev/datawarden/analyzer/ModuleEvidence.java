package dev.datawarden.analyzer;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the analysis of one module of a multi-module build saw beyond its own files, for judging the
 * modules it depends on as one analysis of the whole build would ({@link ReactorJudgement}): the
 * findings located in the context sources (the upstream modules' files, which that module's own
 * analysis cannot judge alone because their callers, guards and deletions may live downstream), with
 * the upstream code's suppressions applied, and where the analysed types some deletion covers, own
 * or context, are named (where {@code MissingDeletionPath} would report them).
 */
@Immutable
@SuppressWarnings("Immutable") // unmodifiable copies
public record ModuleEvidence(List<Finding> contextFindings, Set<Location> deletedTypes) {
  /** No evidence: a single-module analysis, or a result read back from a report. */
  public static final ModuleEvidence NONE = new ModuleEvidence(List.of(), Set.of());

  public ModuleEvidence {
    contextFindings = contextFindings.stream().sorted().distinct().toList();
    deletedTypes = java.util.Collections.unmodifiableSet(new TreeSet<>(deletedTypes));
  }
}
