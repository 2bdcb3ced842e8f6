package com.qcloud.cos.auth;

/** Stand-in for com.qcloud:cos_api's credentials. */
public interface COSCredentials {
}
