package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * A {@code @Purpose} (or its catalog entry): the purposes of the processing a method or type does,
 * and the legal basis it rests on when the declaration writes one ({@code CONSENT} otherwise, which
 * then says nothing: the data's own basis holds).
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record Purpose(List<String> purposes, String legalBasis, boolean legalBasisWritten) {
  public Purpose {
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a purpose declaration. */
  public static Purpose of(Declaration declaration) {
    if (declaration.role() != Role.PURPOSE) {
      throw new IllegalArgumentException("not a purpose: " + declaration.role().displayName());
    }
    String basis = declaration.string("legalBasis");
    return new Purpose(declaration.strings("value"), basis == null ? DeclaredData.CONSENT : basis,
        declaration.explicit().contains("legalBasis"));
  }
}
