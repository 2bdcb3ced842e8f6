package shop.audit;

import java.util.logging.Logger;
import shop.entity.Member;

public class Audit {
  private static final Logger LOG = Logger.getLogger("audit");

  public void seen(Member member) {
    LOG.info("member seen: " + member.getMobile());
  }
}
