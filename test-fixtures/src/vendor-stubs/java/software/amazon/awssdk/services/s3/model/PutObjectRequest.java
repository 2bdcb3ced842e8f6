package software.amazon.awssdk.services.s3.model;

/** Stand-in for software.amazon.awssdk:s3's put request (same names and signatures). */
public final class PutObjectRequest {
  public static Builder builder() {
    throw new UnsupportedOperationException("stand-in");
  }

  public interface Builder {
    Builder bucket(String bucket);

    Builder key(String key);

    PutObjectRequest build();
  }
}
