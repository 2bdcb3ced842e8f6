// Demonstrates: PersonalInfoLogged (mobile logged unmasked in register), IncompleteDeletion
// (deleteAccount leaves the email in place)
package com.example.shop.member;

import com.example.shop.member.generated.CrmContactRecord;
import com.example.shop.notify.SmsNotifier;
import com.example.shop.privacy.ConsentService;
import com.example.shop.privacy.FieldCipher;
import com.example.shop.privacy.PiMasking;
import dev.datawarden.annotations.DeletionPath;
import dev.datawarden.annotations.Purpose;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.NoSuchElementException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Signs members up, looks them up and closes their accounts. */
@Service
@Purpose("account")
public class MemberService {

  private static final Logger log = LoggerFactory.getLogger(MemberService.class);

  private final MemberRepository repository;
  private final ConsentService consentService;
  private final FieldCipher cipher;
  private final SmsNotifier smsNotifier;
  private final SecureRandom random = new SecureRandom();

  public MemberService(
      MemberRepository repository,
      ConsentService consentService,
      FieldCipher cipher,
      SmsNotifier smsNotifier) {
    this.repository = repository;
    this.consentService = consentService;
    this.cipher = cipher;
    this.smsNotifier = smsNotifier;
  }

  public MemberView register(RegistrationRequest request) {
    // Noncompliant@+1: PersonalInfoLogged {{RegistrationRequest.mobile (PHONE)}}
    log.info("registering member with mobile {}", request.getMobile());
    if (!consentService.hasAcceptedPrivacyPolicy(request.getConsentToken())) {
      throw new IllegalStateException("the privacy policy was not accepted");
    }
    Member member = new Member();
    member.setName(request.getName());
    member.setMobile(request.getMobile());
    member.setEmail(request.getEmail());
    member.setIdCardNumber(cipher.encrypt(request.getIdCardNumber()));
    if (request.getBirthDate() != null) {
      member.setBirthDate(LocalDate.parse(request.getBirthDate()));
    }
    member.setPasswordHash(hash(request.getPassword()));
    member.setRegisteredAt(Instant.now());
    Member saved = repository.save(member);
    smsNotifier.sendWelcome(saved.getId(), saved.getMobile());
    log.info("member {} registered ({})", saved.getId(), PiMasking.maskMobile(saved.getMobile()));
    return MemberView.of(saved);
  }

  public MemberView find(long id) {
    return MemberView.of(load(id));
  }

  public MemberView findByMobile(String mobile) {
    return repository.findByMobile(mobile)
        .map(MemberView::of)
        .orElseThrow(() -> new NoSuchElementException("no member with that mobile"));
  }

  /** The record the CRM (generated client, see datawarden.yml) keeps for customer service. */
  public CrmContactRecord toCrmContact(long id) {
    Member member = load(id);
    CrmContactRecord record = new CrmContactRecord();
    record.setContactName(member.getName());
    record.setContactMobile(member.getMobile());
    return record;
  }

  /** Closes the account: the row stays for the order history, its personal information goes. */
  @DeletionPath(Member.class)
  // Noncompliant@+1: IncompleteDeletion {{leaves Member.email (EMAIL) in place}}
  public void deleteAccount(long id) {
    Member member = load(id);
    member.setName("deleted member");
    member.setMobile("deleted-" + id);
    member.setIdCardNumber(null);
    member.setBirthDate(null);
    member.setPasswordHash("!");
    member.setDeleted(true);
    repository.save(member);
    log.info("member {} deleted", id);
  }

  Member load(long id) {
    return repository.findById(id)
        .filter(member -> !member.isDeleted())
        .orElseThrow(() -> new NoSuchElementException("no member " + id));
  }

  private String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    try {
      SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
      byte[] derived =
          factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return "pbkdf2$" + base64.encodeToString(salt) + "$" + base64.encodeToString(derived);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot hash password", e);
    }
  }
}
