package dev.datawarden.analyzer.api;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;

/** One hop of a finding's path from a source to a sink, with a short label such as "read User.mobile". */
@Immutable
public record PathStep(Location location, String label) {
  public PathStep {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(label, "label");
  }

  // written out: compared by the million in the engine, where equal steps are mostly the same object
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof PathStep s && location.equals(s.location) && label.equals(s.label);
  }

  @Override
  public int hashCode() {
    return location.hashCode() * 31 + label.hashCode();
  }
}
