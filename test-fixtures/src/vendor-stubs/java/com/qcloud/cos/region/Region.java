package com.qcloud.cos.region;

/** Stand-in for com.qcloud:cos_api's region (same names and signatures). */
public class Region {
  public Region(String region) {}
}
