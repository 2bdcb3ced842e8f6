package software.amazon.awssdk.core.sync;

/** Stand-in for software.amazon.awssdk:sdk-core's request body (same names and signatures). */
public final class RequestBody {
  public static RequestBody fromString(String contents) {
    throw new UnsupportedOperationException("stand-in");
  }
}
