package com.twilio.type;

/** Stand-in for twilio's phone number. */
public class PhoneNumber {
  public PhoneNumber(String number) {}
}
