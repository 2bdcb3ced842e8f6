package software.amazon.awssdk.services.s3;

import software.amazon.awssdk.regions.Region;

/** Stand-in for software.amazon.awssdk:s3's client builder (same names and signatures). */
public interface S3ClientBuilder {
  S3ClientBuilder region(Region region);

  S3Client build();
}
