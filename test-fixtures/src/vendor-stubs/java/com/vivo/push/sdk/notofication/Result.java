package com.vivo.push.sdk.notofication;

/** Stand-in for vivo push's result (same names). */
public class Result {
  public int getResult() {
    return 0;
  }
}
