package com.example.shop.member;

import com.example.shop.privacy.PiMasking;

/** What the shop shows of a member: masked, so it can go to any screen or log. */
public record MemberView(long id, String maskedName, String maskedMobile) {

  static MemberView of(Member member) {
    return new MemberView(
        member.getId(), PiMasking.maskName(member.getName()), PiMasking.maskMobile(member.getMobile()));
  }
}
