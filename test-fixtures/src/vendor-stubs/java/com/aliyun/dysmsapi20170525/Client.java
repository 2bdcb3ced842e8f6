package com.aliyun.dysmsapi20170525;

import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;

/** Stand-in for the Alibaba Cloud SMS client of com.aliyun:dysmsapi20170525 (same name and signature). */
public class Client {
  public SendSmsResponse sendSms(SendSmsRequest request) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
