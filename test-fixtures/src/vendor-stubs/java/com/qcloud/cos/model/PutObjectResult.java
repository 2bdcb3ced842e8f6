package com.qcloud.cos.model;

/** Stand-in for com.qcloud:cos_api's put result. */
public class PutObjectResult {
}
