package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * A {@code @ThirdPartyTransfer} (or its catalog entry) as the transfer rules and reports read it: who
 * receives the data, the agreement that covers the provision (empty: none named) and its purposes.
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record ThirdPartyTransfer(String recipient, String agreement, List<String> purposes) {
  public ThirdPartyTransfer {
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a third-party-transfer declaration. */
  public static ThirdPartyTransfer of(Declaration declaration) {
    if (declaration.role() != Role.THIRD_PARTY_TRANSFER) {
      throw new IllegalArgumentException("not a third-party transfer: " + declaration.role().displayName());
    }
    return new ThirdPartyTransfer(
        declaration.string("recipient"), declaration.string("agreement"), declaration.strings("purposes"));
  }
}
