package com.getui.push.v2.sdk.common;

/** Stand-in for com.getui.push:restful-sdk's result. */
public class ApiResult<T> {
}
