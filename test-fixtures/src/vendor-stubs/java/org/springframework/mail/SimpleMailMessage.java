package org.springframework.mail;

/** Stand-in for spring-context-support's simple mail message. */
public class SimpleMailMessage {
  public void setTo(String to) {}

  public void setText(String text) {}
}
