package com.tencentcloudapi.sms.v20210111.models;

/** Stand-in for tencentcloud-sdk-java-sms's response. */
public class SendSmsResponse {}
