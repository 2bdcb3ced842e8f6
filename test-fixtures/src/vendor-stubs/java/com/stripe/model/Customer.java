package com.stripe.model;

import java.util.Map;

/** Stand-in for com.stripe:stripe-java's customer (same name and signature). */
public class Customer {
  public static Customer create(Map<String, Object> params) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
