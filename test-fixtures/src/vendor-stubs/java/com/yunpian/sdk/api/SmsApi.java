package com.yunpian.sdk.api;

import com.yunpian.sdk.model.Result;
import com.yunpian.sdk.model.SmsSingleSend;
import java.util.Map;

/** Stand-in for com.yunpian.sdk:yunpian-java-sdk's SMS API (same names and signatures). */
public class SmsApi {
  public Result<SmsSingleSend> single_send(Map<String, String> param) {
    throw new UnsupportedOperationException("stand-in");
  }
}
