package com.x;

public class Sms {
  String phone;

  public void send(String to, String text) {
  }
}
