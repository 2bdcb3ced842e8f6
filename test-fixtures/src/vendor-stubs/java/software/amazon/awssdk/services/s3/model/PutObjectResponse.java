package software.amazon.awssdk.services.s3.model;

/** Stand-in for software.amazon.awssdk:s3's put response. */
public final class PutObjectResponse {
}
