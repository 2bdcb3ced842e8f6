package com.qiyuesuo.sdk.v2.request;

import com.qiyuesuo.sdk.v2.bean.User;

/**
 * Stand-in for 契约锁's (qiyuesuo) query of a person's signing authorisation (same name; the SDK's
 * constructor takes an authorisation status too).
 */
public class PersonalSignAuthQueryRequest implements SdkRequest {
  private final User user;

  public PersonalSignAuthQueryRequest(User user) {
    this.user = user;
  }
}
