package com.oppo.push.server;

/** Stand-in for OPPO push's target (a registration ID or an alias; same names and signatures). */
public class Target {
  private String targetValue;

  public static Target build(String targetValue) {
    Target target = new Target();
    target.targetValue = targetValue;
    return target;
  }
}
