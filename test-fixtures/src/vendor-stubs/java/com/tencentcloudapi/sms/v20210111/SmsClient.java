package com.tencentcloudapi.sms.v20210111;

import com.tencentcloudapi.sms.v20210111.models.SendSmsRequest;
import com.tencentcloudapi.sms.v20210111.models.SendSmsResponse;

/** Stand-in for the Tencent Cloud SMS client of com.tencentcloudapi:tencentcloud-sdk-java-sms. */
public class SmsClient {
  public SendSmsResponse SendSms(SendSmsRequest req) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
