package shop.web;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import shop.entity.Member;
import shop.entity.Visit;
import shop.service.ConsentService;
import shop.service.MemberService;

@RestController
public class MemberController {
  private final MemberService service;
  private final ConsentService consents;

  public MemberController(MemberService service, ConsentService consents) {
    this.service = service;
    this.consents = consents;
  }

  @PostMapping("/members")
  public void register(@RequestBody Member member) {
    if (!consents.granted(member.getId(), "account")) {
      return;
    }
    service.register(member);
  }

  @PostMapping("/members/welcome")
  public void welcome(@RequestBody Member member) {
    service.welcome(member);
  }

  @PostMapping("/visits")
  public void visit(@RequestBody Visit visit) {
    service.recordVisit(visit);
  }

  @DeleteMapping("/members/{id}")
  public void close(@PathVariable long id) {
    service.close(id);
  }
}
