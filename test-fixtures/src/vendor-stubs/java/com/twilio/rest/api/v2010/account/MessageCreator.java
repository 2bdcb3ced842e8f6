package com.twilio.rest.api.v2010.account;

/** Stand-in for twilio's message creator. */
public class MessageCreator {
  public Message create() {
    throw new UnsupportedOperationException("stand-in");
  }
}
