package com.tencentcloudapi.faceid.v20180301.models;

/** Stand-in for tencentcloud-sdk-java-faceid's ID card verification response. */
public class IdCardVerificationResponse {
}
