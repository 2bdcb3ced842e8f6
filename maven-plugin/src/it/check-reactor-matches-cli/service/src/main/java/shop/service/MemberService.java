package shop.service;

import shop.entity.Member;
import shop.entity.MemberMapper;
import shop.entity.Visit;
import shop.entity.VisitMapper;

/**
 * Judged alone, every public method here is an entry point; judged with the web module that calls
 * it, registering is guarded by the controller's consent check and sending the welcome SMS is not.
 */
public class MemberService {
  private final MemberMapper members;
  private final VisitMapper visits;
  private final SmsGateway sms;

  public MemberService(MemberMapper members, VisitMapper visits, SmsGateway sms) {
    this.members = members;
    this.visits = visits;
    this.sms = sms;
  }

  public void register(Member member) {
    members.insert(member);
  }

  public void welcome(Member member) {
    sms.send(member.getMobile(), "welcome");
  }

  public void recordVisit(Visit visit) {
    visits.insert(visit);
  }

  public void close(long id) {
    members.deleteById(id);
  }
}
