package com.example.shop.privacy;

import dev.datawarden.annotations.ConsentCheck;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Records what each member, or the guardian of a child, has agreed to, and answers for it. */
@Service
public class ConsentService {

  /** Consent tokens issued by the sign-up page once the privacy policy was accepted. */
  private final Set<String> acceptedPolicyTokens = ConcurrentHashMap.newKeySet();

  /** Purposes each member has agreed to, keyed by member id. */
  private final Map<Long, Set<String>> grants = new ConcurrentHashMap<>();

  public void acceptPrivacyPolicy(String consentToken) {
    acceptedPolicyTokens.add(consentToken);
  }

  public void grant(long memberId, String purpose) {
    grants.computeIfAbsent(memberId, id -> ConcurrentHashMap.newKeySet()).add(purpose);
  }

  public void withdraw(long memberId, String purpose) {
    grants.getOrDefault(memberId, Set.of()).remove(purpose);
  }

  /** The privacy policy, accepted on the sign-up page, covers creating the account. */
  @ConsentCheck(purposes = "account")
  public boolean hasAcceptedPrivacyPolicy(String consentToken) {
    return consentToken != null && acceptedPolicyTokens.contains(consentToken);
  }

  @ConsentCheck(purposes = {"notification", "order-fulfilment", "payment"})
  public boolean hasConsent(long memberId, String purpose) {
    return grants.getOrDefault(memberId, Set.of()).contains(purpose);
  }

  /** Face images are biometric data: they need their own consent, separate from the policy. */
  @ConsentCheck(purposes = "face-login", separate = true)
  public boolean hasFaceLoginConsent(long memberId) {
    return grants.getOrDefault(memberId, Set.of()).contains("face-login:separate");
  }

  /** A bank card is a financial account: binding one needs its own consent. */
  @ConsentCheck(purposes = "payment", separate = true)
  public boolean hasCardBindingConsent(long memberId) {
    return grants.getOrDefault(memberId, Set.of()).contains("card-binding:separate");
  }

  /** Children under 14 join the kids' club only with their guardian's consent. */
  @ConsentCheck(purposes = "kids-club", guardian = true)
  public void requireGuardianConsent(long guardianMemberId) {
    if (!grants.getOrDefault(guardianMemberId, Set.of()).contains("kids-club:guardian")) {
      throw new IllegalStateException("guardian " + guardianMemberId + " has not consented");
    }
  }
}
