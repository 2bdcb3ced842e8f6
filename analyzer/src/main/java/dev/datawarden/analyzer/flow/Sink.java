package dev.datawarden.analyzer.flow;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.fact.CrossBorder;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.SinkKind;
import dev.datawarden.analyzer.fact.ThirdPartyTransfer;
import dev.datawarden.analyzer.frameworks.Destination;
import java.util.List;
import java.util.Optional;

/**
 * What a sink call does with the data it receives: a catalogued library sink of some kind, a
 * provision to a third party ({@code @ThirdPartyTransfer}) or a transfer abroad ({@code @CrossBorder}).
 *
 * @param name how a message names the sink, e.g. {@code SmsClient.send()}
 * @param declaration the declaration that makes it a sink
 * @param destination where the configuration or the client's construction sends the data, when that
 *     made it a transfer abroad or to a web API's recipient (null otherwise)
 */
@Immutable
public record Sink(Kind kind, String name, Declaration declaration, Destination destination) {

  /** A sink as its declaration makes it, with no destination of its own. */
  public Sink(Kind kind, String name, Declaration declaration) {
    this(kind, name, declaration, null);
  }

  /** The kinds of sink, the catalogue's plus the two transfers of the vocabulary. */
  public enum Kind {
    LOG,
    STORAGE,
    NETWORK,
    MESSAGING,
    FILE,
    RESPONSE,
    THIRD_PARTY,
    CROSS_BORDER;

    static Kind of(SinkKind k) {
      return valueOf(k.name());
    }

    /** Data leaves the handler: a third party, a transfer abroad, the network or a broker. */
    public boolean isTransfer() {
      return this == THIRD_PARTY || this == CROSS_BORDER || this == NETWORK || this == MESSAGING;
    }

    /** Data is kept at rest: a database, a cache or a file. */
    public boolean isAtRest() {
      return this == STORAGE || this == FILE;
    }
  }

  /** The {@code @ThirdPartyTransfer} that makes it a sink, if one does. */
  public Optional<ThirdPartyTransfer> thirdParty() {
    return declaration != null && declaration.role() == Role.THIRD_PARTY_TRANSFER
        ? Optional.of(ThirdPartyTransfer.of(declaration))
        : Optional.empty();
  }

  /** The {@code @CrossBorder} that makes it a sink, if one does. */
  public Optional<CrossBorder> crossBorder() {
    return declaration != null && declaration.role() == Role.CROSS_BORDER
        ? Optional.of(CrossBorder.of(declaration))
        : Optional.empty();
  }

  /**
   * True for a request that a declared transfer around it carries out: a network or broker call, or
   * a call whose kind its configured destination decided. Inside a method declared a transfer (or
   * called from one), the declaration is the transfer and such a call is not another.
   */
  public boolean isRequest() {
    return kind == Kind.NETWORK || kind == Kind.MESSAGING || destination != null;
  }

  /** Where the configuration or the client's construction sends the data, when that decided the kind of sink. */
  public Optional<Destination> configuredDestination() {
    return Optional.ofNullable(destination);
  }

  /** The purposes the sink's declaration names; empty for a catalogued sink or a declaration without. */
  public List<String> purposes() {
    return declaration == null ? List.of() : declaration.purposes();
  }
}
