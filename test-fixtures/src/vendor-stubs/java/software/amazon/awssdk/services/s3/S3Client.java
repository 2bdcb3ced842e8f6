package software.amazon.awssdk.services.s3;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** Stand-in for software.amazon.awssdk:s3's client (same names and signatures). */
public interface S3Client {
  static S3ClientBuilder builder() {
    throw new UnsupportedOperationException("stand-in");
  }

  PutObjectResponse putObject(PutObjectRequest putObjectRequest, RequestBody requestBody);
}
