package shop;

import java.util.logging.Logger;

public class CustomerService {
  private static final Logger LOG = Logger.getLogger("shop");

  public static class Customer {
    String mobile;
    String status;
  }

  public void register(Customer customer) {
    LOG.info("registered " + customer.mobile);
  }
}
