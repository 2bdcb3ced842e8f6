package shop.web;

import shop.log.LoginLog;
import shop.log.LoginLogs;

/** Where logins come in. */
public class Logins {
  public LoginLog login(String ip) {
    return new LoginLogs().record(ip);
  }
}
