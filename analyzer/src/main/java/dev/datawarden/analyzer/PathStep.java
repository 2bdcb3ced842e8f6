package dev.datawarden.analyzer;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;

/** One hop of a finding's path from a source to a sink, with a short label such as "read User.mobile". */
@Immutable
public record PathStep(Location location, String label) {
  public PathStep {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(label, "label");
  }
}
