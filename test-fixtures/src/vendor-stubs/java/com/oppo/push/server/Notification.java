package com.oppo.push.server;

/** Stand-in for OPPO push's notification message (same names and signatures). */
public class Notification {
  private String title;
  private String content;

  public void setTitle(String title) {
    this.title = title;
  }

  public void setContent(String content) {
    this.content = content;
  }
}
