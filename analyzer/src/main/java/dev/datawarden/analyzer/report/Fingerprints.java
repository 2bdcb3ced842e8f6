package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints that identify a finding across runs: they hash the rule, the file and the message,
 * not the line, so moving code up or down keeps a finding's identity.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = f.ruleKey() + "\u0000" + f.location().file() + "\u0000" + f.message();
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
