// Stands in for the SMS provider's SDK: in a real shop this class comes in the vendor's jar, so it
// cannot carry DataWarden annotations. datawarden.yml describes it as a third-party transfer.
package com.example.shop.notify.sdk;

import java.util.Map;
import java.util.UUID;

/** The SMS provider's client: sends a templated text message to one phone number. */
public class SmsSdkClient {

  private final String endpoint;

  public SmsSdkClient(String endpoint) {
    this.endpoint = endpoint;
  }

  /** Sends the message and returns the provider's request id. */
  public String send(String phoneNumber, String templateCode, Map<String, String> templateParams) {
    if (phoneNumber == null || phoneNumber.isBlank()) {
      throw new IllegalArgumentException("no phone number");
    }
    // the real SDK signs the request and posts it to the endpoint
    return endpoint.hashCode() + "-" + templateCode + "-" + UUID.randomUUID();
  }
}
