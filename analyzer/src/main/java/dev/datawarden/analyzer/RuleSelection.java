package dev.datawarden.analyzer;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.SettingException;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.RulePack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rules an analysis runs, from the two settings every front end offers: the only rules to run
 * and the rules to leave out, both by key. Each value may hold several keys separated by commas;
 * blanks are ignored. A key that names no rule is a mistake in the user's configuration: it is
 * rejected with a {@link SettingException} whose message (in English, or in the user's language) names the setting, the unknown keys
 * and the known ones, and every front end stops with that message (the build, the command, the
 * compilation).
 */
@Immutable
@CheckReturnValue
public final class RuleSelection {
  private static final RuleSelection ALL = new RuleSelection(Set.of());

  @SuppressWarnings("Immutable") // an unmodifiable copy
  private final Set<String> disabled;

  private RuleSelection(Set<String> disabled) {
    this.disabled = Set.copyOf(disabled);
  }

  /** Every rule. */
  public static RuleSelection all() {
    return ALL;
  }

  /**
   * This selection narrowed to {@code keys}; no key at all leaves it as it is.
   *
   * @param setting the name of the setting the keys come from, as the user wrote it ({@code --rules})
   * @throws SettingException when a key names no rule
   */
  public RuleSelection only(String setting, Collection<String> keys) {
    List<String> only = known(setting, keys);
    if (only.isEmpty()) {
      return this;
    }
    Set<String> off = new TreeSet<>(disabled);
    RulePack.all().stream().map(RuleMetadata::key).filter(k -> !only.contains(k)).forEach(off::add);
    return new RuleSelection(off);
  }

  /**
   * This selection without the rules of {@code keys}.
   *
   * @param setting the name of the setting the keys come from, as the user wrote it ({@code --disable})
   * @throws SettingException when a key names no rule
   */
  public RuleSelection disable(String setting, Collection<String> keys) {
    Set<String> off = new TreeSet<>(disabled);
    off.addAll(known(setting, keys));
    return new RuleSelection(off);
  }

  /** The keys of the rules left out. */
  public Set<String> disabled() {
    return disabled;
  }

  /** The keys of {@code values}, split at commas; fails naming every key that is no rule's. */
  private static List<String> known(String setting, Collection<String> values) {
    List<String> keys = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",")) {
        String key = part.trim();
        if (!key.isEmpty()) {
          (RulePack.find(key).isPresent() ? keys : unknown).add(key);
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new SettingException("unknownRule", setting, unknown.size(), List.copyOf(unknown),
          String.join(", ", new TreeSet<>(RulePack.all().stream().map(RuleMetadata::key).toList())));
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSelection other && other.disabled.equals(disabled);
  }

  @Override
  public int hashCode() {
    return disabled.hashCode();
  }

  @Override
  public String toString() {
    return disabled.isEmpty() ? "all rules" : "all rules but " + new TreeSet<>(disabled);
  }
}
