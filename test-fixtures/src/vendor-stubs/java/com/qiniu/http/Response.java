package com.qiniu.http;

/** Stand-in for qiniu-java-sdk's response. */
public class Response {}
