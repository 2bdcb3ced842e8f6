package com.aliyun.dysmsapi20170525.models;

/** Stand-in for com.aliyun:dysmsapi20170525's response. */
public class SendSmsResponse {}
