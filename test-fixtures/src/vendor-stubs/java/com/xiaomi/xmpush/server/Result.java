package com.xiaomi.xmpush.server;

/** Stand-in for the MiPush server SDK's result. */
public class Result {
}
