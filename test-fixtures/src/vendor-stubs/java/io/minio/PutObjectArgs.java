package io.minio;

/** Stand-in for minio's arguments. */
public class PutObjectArgs {}
