package shop;

import java.util.logging.Logger;

/** A service whose log line stands in for a flow finding on a statement. */
public class OrderService {
  private static final Logger LOG = Logger.getLogger("orders");

  public void ship(Customer customer) {
    String mobile = customer.getMobile();
    LOG.info("shipping to " + mobile); // the line a flow finding points at
  }
}
