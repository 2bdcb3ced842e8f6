package com.example.shop.member;

import com.example.shop.privacy.ConsentService;
import com.example.shop.privacy.FieldCipher;
import dev.datawarden.annotations.Purpose;
import dev.datawarden.annotations.Sensitive;
import dev.datawarden.annotations.SensitiveCategory;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** Face-recognition login: members who opt in sign in with a face template instead of a password. */
@Service
@Purpose("face-login")
public class FaceLoginService {

  private final ConsentService consentService;
  private final FieldCipher cipher;

  /** Encrypted face templates by member id. */
  @Sensitive(value = SensitiveCategory.BIOMETRIC, purposes = "face-login", retention = "P1Y")
  private final Map<Long, byte[]> templates = new ConcurrentHashMap<>();

  public FaceLoginService(ConsentService consentService, FieldCipher cipher) {
    this.consentService = consentService;
    this.cipher = cipher;
  }

  public void enroll(long memberId, byte[] faceTemplate) {
    if (!consentService.hasFaceLoginConsent(memberId)) {
      throw new IllegalStateException("member " + memberId + " has not consented to face login");
    }
    templates.put(memberId, cipher.encryptBytes(faceTemplate));
  }

  public boolean login(long memberId, byte[] probe) {
    byte[] stored = templates.get(memberId);
    // a real matcher scores similarity; an exact comparison keeps the sample short
    return stored != null && MessageDigest.isEqual(cipher.decryptBytes(stored), probe);
  }

  public void forget(long memberId) {
    templates.remove(memberId);
  }
}
