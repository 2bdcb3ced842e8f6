package com.github.qcloudsms;

/** Stand-in for qcloudsms's result. */
public class SmsSingleSenderResult {}
