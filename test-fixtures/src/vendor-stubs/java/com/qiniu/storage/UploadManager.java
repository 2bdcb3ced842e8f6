package com.qiniu.storage;

import com.qiniu.http.Response;

/** Stand-in for com.qiniu:qiniu-java-sdk's upload manager (same name and signature). */
public class UploadManager {
  public Response put(byte[] data, String key, String token) {
    throw new UnsupportedOperationException("stand-in");
  }
}
