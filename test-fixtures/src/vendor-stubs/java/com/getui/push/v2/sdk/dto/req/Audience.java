package com.getui.push.v2.sdk.dto.req;

/** Stand-in for com.getui.push:restful-sdk's audience (same names and signatures). */
public class Audience {
  public void addCid(String cid) {}
}
