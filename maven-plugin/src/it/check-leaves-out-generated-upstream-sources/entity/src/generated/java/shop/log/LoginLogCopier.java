package shop.log;

/** Generated: copies a form into a log, field by field. */
public class LoginLogCopier {
  public LoginLog copy(LoginLogForm form) {
    LoginLog log = new LoginLog();
    log.setAddress(form.getAddress());
    return log;
  }
}
