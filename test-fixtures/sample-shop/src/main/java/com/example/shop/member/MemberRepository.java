package com.example.shop.member;

import java.util.Optional;

/** Where members are stored. */
public interface MemberRepository {

  /** Inserts a new member (its id is assigned) or updates an existing one. */
  Member save(Member member);

  Optional<Member> findById(long id);

  Optional<Member> findByMobile(String mobile);

  void deleteById(long id);
}
