package com.huawei.push.messaging;

import com.huawei.push.message.Message;
import com.huawei.push.reponse.SendResponse;

/** Stand-in for the HMS Push Kit server SDK's messaging client (same names and signatures). */
public class HuaweiMessaging {
  public SendResponse sendMessage(Message message) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
