package com.example.shop.privacy;

import dev.datawarden.annotations.TransferLog;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Keeps the record of every provision of personal information to another handler (3 years). */
@Component
public class TransferLogRecorder {

  private static final Logger log = LoggerFactory.getLogger(TransferLogRecorder.class);

  /** One provision: who received what about whom, and why. */
  public record Entry(
      Instant at, String recipient, String purpose, long subjectId, List<String> categories) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @TransferLog
  public void record(String recipient, String purpose, long subjectId, List<String> categories) {
    Entry entry = new Entry(Instant.now(), recipient, purpose, subjectId, List.copyOf(categories));
    entries.add(entry);
    log.info("data provided to {} for {} (subject {}, {})", recipient, purpose, subjectId, categories);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }
}
