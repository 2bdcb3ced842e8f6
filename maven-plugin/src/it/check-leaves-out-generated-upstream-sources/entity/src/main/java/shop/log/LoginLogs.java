package shop.log;

/** Records logins; the address is looked up from the IP, so it is a location, not a postal address. */
public class LoginLogs {
  public LoginLog record(String ip) {
    LoginLog log = new LoginLog();
    log.setIp(ip);
    log.setAddress(cityOf(log.getIp()));
    return log;
  }

  static String cityOf(String ip) {
    return ip.startsWith("10.") ? "intranet" : "elsewhere";
  }
}
