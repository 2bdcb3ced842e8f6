package com.yunpian.sdk.model;

/** Stand-in for com.yunpian.sdk:yunpian-java-sdk's single-send result. */
public class SmsSingleSend {
}
