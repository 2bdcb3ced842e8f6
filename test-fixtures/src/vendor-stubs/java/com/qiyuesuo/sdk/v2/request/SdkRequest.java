package com.qiyuesuo.sdk.v2.request;

/** Stand-in for 契约锁's (qiyuesuo) request type (same name). */
public interface SdkRequest {}
