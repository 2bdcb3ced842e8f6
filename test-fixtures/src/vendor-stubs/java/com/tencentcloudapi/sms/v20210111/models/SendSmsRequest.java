package com.tencentcloudapi.sms.v20210111.models;

/** Stand-in for tencentcloud-sdk-java-sms's request (void setters, as in the SDK). */
public class SendSmsRequest {
  public void setPhoneNumberSet(String[] phoneNumberSet) {}

  public void setTemplateId(String templateId) {}
}
