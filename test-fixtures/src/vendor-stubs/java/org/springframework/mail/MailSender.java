package org.springframework.mail;

/** Stand-in for spring-context-support's mail sender (same name and signature). */
public interface MailSender {
  void send(SimpleMailMessage simpleMessage);
}
