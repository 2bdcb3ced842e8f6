package com.qcloud.cos;

import com.qcloud.cos.region.Region;

/** Stand-in for com.qcloud:cos_api's client configuration (same names and signatures). */
public class ClientConfig {
  public ClientConfig(Region region) {}
}
