package com.lark.oapi.service.im.v1.model;

/** Stand-in for oapi-sdk's create-message response. */
public class CreateMessageResp {
}
