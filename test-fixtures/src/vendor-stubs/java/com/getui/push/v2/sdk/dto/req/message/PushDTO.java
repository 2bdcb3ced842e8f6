package com.getui.push.v2.sdk.dto.req.message;

/** Stand-in for com.getui.push:restful-sdk's push request (same names and signatures). */
public class PushDTO<T> {
  public void setRequestId(String requestId) {}

  public void setAudience(T audience) {}
}
