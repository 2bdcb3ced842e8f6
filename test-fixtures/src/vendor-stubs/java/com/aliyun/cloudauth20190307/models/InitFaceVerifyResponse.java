package com.aliyun.cloudauth20190307.models;

/** Stand-in for cloudauth20190307's face verification response. */
public class InitFaceVerifyResponse {
}
