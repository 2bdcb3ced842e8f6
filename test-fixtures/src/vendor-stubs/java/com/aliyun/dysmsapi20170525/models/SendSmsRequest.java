package com.aliyun.dysmsapi20170525.models;

/** Stand-in for com.aliyun:dysmsapi20170525's request (fluent setters, as in the SDK). */
public class SendSmsRequest {
  public SendSmsRequest setPhoneNumbers(String phoneNumbers) {
    return this;
  }

  public SendSmsRequest setSignName(String signName) {
    return this;
  }

  public SendSmsRequest setTemplateCode(String templateCode) {
    return this;
  }
}
