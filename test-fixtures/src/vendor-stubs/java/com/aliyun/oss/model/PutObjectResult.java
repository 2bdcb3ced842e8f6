package com.aliyun.oss.model;

/** Stand-in for aliyun-sdk-oss's result. */
public class PutObjectResult {}
