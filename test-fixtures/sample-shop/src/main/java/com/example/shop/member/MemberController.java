// Demonstrates: OverCollection (the identity card number is encrypted and stored for a real-name
// verification that no code performs)
package com.example.shop.member;

import dev.datawarden.annotations.CollectionPoint;
import dev.datawarden.annotations.PersonalInfo;
import dev.datawarden.annotations.PersonalInfoCategory;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member endpoints of the shop's web API. */
@RestController
@RequestMapping("/members")
public class MemberController {

  private final MemberService memberService;
  private final ChildAccountService childAccountService;
  private final FaceLoginService faceLoginService;

  public MemberController(
      MemberService memberService,
      ChildAccountService childAccountService,
      FaceLoginService faceLoginService) {
    this.memberService = memberService;
    this.childAccountService = childAccountService;
    this.faceLoginService = faceLoginService;
  }

  @PostMapping
  @CollectionPoint(purposes = "account")
  // Noncompliant@+1: OverCollection {{RegistrationRequest.idCardNumber (sensitive ID_NUMBER) through parameter request, which is stored but never used}}
  public MemberView register(@RequestBody RegistrationRequest request) {
    return memberService.register(request);
  }

  @GetMapping("/{id}")
  public MemberView get(@PathVariable long id) {
    return memberService.find(id);
  }

  /** Customer service looks a caller up by the number they call from. */
  @GetMapping("/lookup")
  public MemberView lookup(
      @RequestParam @PersonalInfo(category = PersonalInfoCategory.PHONE, purposes = "account") String mobile) {
    return memberService.findByMobile(mobile);
  }

  @DeleteMapping("/{id}")
  public void delete(@PathVariable long id) {
    memberService.deleteAccount(id);
  }

  @PostMapping("/{id}/face")
  public void enrollFace(@PathVariable long id, @RequestBody byte[] faceTemplate) {
    faceLoginService.enroll(id, faceTemplate);
  }

  @PostMapping("/{id}/face-login")
  public boolean faceLogin(@PathVariable long id, @RequestBody byte[] probe) {
    return faceLoginService.login(id, probe);
  }

  @PostMapping("/{id}/children")
  public long addChild(
      @PathVariable long id, @RequestParam String nickname, @RequestParam String birthDate) {
    return childAccountService.register(id, nickname, LocalDate.parse(birthDate));
  }

  @DeleteMapping("/{id}/children/{childId}")
  public void removeChild(@PathVariable long id, @PathVariable long childId) {
    childAccountService.remove(childId);
  }
}
