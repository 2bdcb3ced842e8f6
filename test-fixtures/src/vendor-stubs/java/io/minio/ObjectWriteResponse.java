package io.minio;

/** Stand-in for minio's response. */
public class ObjectWriteResponse {}
