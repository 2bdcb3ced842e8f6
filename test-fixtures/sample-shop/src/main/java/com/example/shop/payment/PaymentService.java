// Demonstrates: UnencryptedSensitiveData (bindCard stores the card number in clear),
// CrossBorderWithoutBasis (pay has every payment screened in the US, see PaymentGatewayClient)
package com.example.shop.payment;

import com.example.shop.member.Member;
import com.example.shop.member.MemberRepository;
import com.example.shop.order.Order;
import com.example.shop.privacy.ConsentService;
import dev.datawarden.annotations.DeletionPath;
import dev.datawarden.annotations.Purpose;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;

/** Binds bank cards and pays orders with them. */
@Service
@Purpose("payment")
public class PaymentService {

  private static final int FRAUD_THRESHOLD = 80;

  private final PaymentGatewayClient gateway;
  private final ConsentService consentService;
  private final MemberRepository members;

  @PersistenceContext
  private EntityManager entityManager;

  public PaymentService(
      PaymentGatewayClient gateway, ConsentService consentService, MemberRepository members) {
    this.gateway = gateway;
    this.consentService = consentService;
    this.members = members;
  }

  public long bindCard(long memberId, String cardNumber, String holderName, String gatewayToken) {
    if (!consentService.hasCardBindingConsent(memberId)) {
      throw new IllegalStateException("member " + memberId + " has not consented to card binding");
    }
    BankCard card = new BankCard(memberId, cardNumber, holderName, gatewayToken);
    // Noncompliant@+1: UnencryptedSensitiveData {{BankCard.cardNumber}}
    entityManager.persist(card);
    return card.getId();
  }

  @DeletionPath(BankCard.class)
  public void unbindCard(long cardId) {
    BankCard card = entityManager.find(BankCard.class, cardId);
    if (card != null) {
      entityManager.remove(card);
    }
  }

  public String pay(Order order, long bankCardId) {
    BankCard card = entityManager.find(BankCard.class, bankCardId);
    if (card == null || card.getMemberId() != order.getMemberId()) {
      throw new NoSuchElementException("no card " + bankCardId + " for this member");
    }
    Member member = members.findById(order.getMemberId())
        .orElseThrow(() -> new NoSuchElementException("no member " + order.getMemberId()));
    if (!consentService.hasConsent(member.getId(), "payment")) {
      throw new IllegalStateException("member " + member.getId() + " has not consented to payment");
    }
    // the buyer's IP, declared nowhere, is inferred from its name; the call also sends the declared e-mail, so
    // the call's finding is an ordinary one on the declared data
    // Noncompliant@+3: PurposeExceeded {{Member.email}}
    // Noncompliant@+2: CrossBorderWithoutBasis {{Member.email}}
    // Noncompliant@+1: UnloggedTransfer {{Member.email}}
    int risk = gateway.screenForFraud(member.getEmail(), order.getBuyerIp(), order.getTotal());
    if (risk > FRAUD_THRESHOLD) {
      throw new IllegalStateException("payment refused by fraud screening");
    }
    // the card holder's name and the member's mobile go to the gateway in one call: one finding
    // Noncompliant@+1: UnloggedTransfer {{Member.mobile (PHONE), BankCard.holderName (NAME) are transferred}}
    return gateway.charge(card.getHolderName(), member.getMobile(), card.getGatewayToken(), order.getTotal());
  }
}
