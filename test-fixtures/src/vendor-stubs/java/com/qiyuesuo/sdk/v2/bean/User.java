package com.qiyuesuo.sdk.v2.bean;

/** Stand-in for 契约锁's (qiyuesuo) user: a contact (mobile or e-mail) and its type (same names and signatures). */
public class User {
  private final String contact;
  private final String contactType;

  public User(String contact, String contactType) {
    this.contact = contact;
    this.contactType = contactType;
  }
}
