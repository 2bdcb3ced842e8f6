package dev.datawarden.analyzer.fact;

/** What a catalogued sink does with the data it receives. */
public enum SinkKind {
  /** Writes to a log (SLF4J, Log4j 2, JUL, commons-logging, {@code System.out}). */
  LOG,
  /** Stores in a database or cache (JDBC, JPA, Spring Data, MyBatis, Redis). */
  STORAGE,
  /** Sends over the network (HTTP clients, RPC, vendor SDKs). */
  NETWORK,
  /** Publishes to a message broker (Kafka, RabbitMQ, JMS). */
  MESSAGING,
  /** Writes to a file. */
  FILE,
  /** Returns to the caller of an endpoint (HTTP response body). */
  RESPONSE;

  /** The kind of a catalogued sink declaration. */
  public static SinkKind of(Declaration declaration) {
    if (declaration.role() != Role.SINK) {
      throw new IllegalArgumentException("not a sink: " + declaration.role().displayName());
    }
    return valueOf(declaration.string("kind"));
  }
}
