package com.lark.oapi.service.im.v1.resource;

import com.lark.oapi.service.im.v1.model.CreateMessageReq;
import com.lark.oapi.service.im.v1.model.CreateMessageResp;

/** Stand-in for com.larksuite.oapi:oapi-sdk's message resource (same names and signatures). */
public class Message {
  public CreateMessageResp create(CreateMessageReq req) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }
}
