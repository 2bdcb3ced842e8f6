package com.yunpian.sdk.model;

/** Stand-in for com.yunpian.sdk:yunpian-java-sdk's result. */
public class Result<T> {
}
