package com.example.shop.member;

import com.example.shop.privacy.ConsentService;
import com.example.shop.privacy.PiMasking;
import dev.datawarden.annotations.DeletionPath;
import dev.datawarden.annotations.Purpose;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Opens and closes kids' club accounts, always with the guardian's consent. */
@Service
@Purpose("kids-club")
public class ChildAccountService {

  private static final Logger log = LoggerFactory.getLogger(ChildAccountService.class);

  private final ConsentService consentService;

  @PersistenceContext
  private EntityManager entityManager;

  public ChildAccountService(ConsentService consentService) {
    this.consentService = consentService;
  }

  public long register(long guardianMemberId, String nickname, LocalDate birthDate) {
    if (Period.between(birthDate, LocalDate.now()).getYears() >= 14) {
      throw new IllegalArgumentException("the kids' club is for children under 14");
    }
    consentService.requireGuardianConsent(guardianMemberId);
    ChildAccount child = new ChildAccount(guardianMemberId, nickname, birthDate);
    entityManager.persist(child);
    log.info("child account {} ({}) opened by member {}",
        child.getId(), PiMasking.maskName(nickname), guardianMemberId);
    return child.getId();
  }

  @DeletionPath(ChildAccount.class)
  public void remove(long childId) {
    ChildAccount child = entityManager.find(ChildAccount.class, childId);
    if (child != null) {
      entityManager.remove(child);
    }
  }
}
