package dev.datawarden.analyzer.report;

import dev.datawarden.analyzer.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints that identify a finding across runs: they hash the rule, the file and the message in
 * English ({@link Finding#identity}), not the line, so moving code up or down keeps a finding's
 * identity, and so does writing the findings in another language: a fingerprint is the one an
 * English run gives, as baselines written before there was a choice of language hold them.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = f.ruleKey() + "\u0000" + f.location().file() + "\u0000" + f.identity();
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
