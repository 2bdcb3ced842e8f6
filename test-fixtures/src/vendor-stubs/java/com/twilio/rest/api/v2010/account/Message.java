package com.twilio.rest.api.v2010.account;

import com.twilio.type.PhoneNumber;

/** Stand-in for com.twilio.sdk:twilio's message resource (same name and signature). */
public class Message {
  public static MessageCreator creator(PhoneNumber to, PhoneNumber from, String body) {
    return new MessageCreator();
  }
}
