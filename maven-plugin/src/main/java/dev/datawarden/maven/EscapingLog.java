package dev.datawarden.maven;

import dev.datawarden.analyzer.report.ControlCharacters;
import org.apache.maven.plugin.logging.Log;

/** Maven's log with every message's control characters escaped ({@link ControlCharacters}). */
final class EscapingLog implements Log {
  private final Log log;

  EscapingLog(Log log) {
    this.log = log instanceof EscapingLog e ? e.log : log;
  }

  private static String safe(CharSequence content) {
    return content == null ? null : ControlCharacters.escape(content.toString());
  }

  @Override public boolean isDebugEnabled() { return log.isDebugEnabled(); }
  @Override public void debug(CharSequence content) { log.debug(safe(content)); }
  @Override public void debug(CharSequence content, Throwable error) { log.debug(safe(content), error); }
  @Override public void debug(Throwable error) { log.debug(error); }
  @Override public boolean isInfoEnabled() { return log.isInfoEnabled(); }
  @Override public void info(CharSequence content) { log.info(safe(content)); }
  @Override public void info(CharSequence content, Throwable error) { log.info(safe(content), error); }
  @Override public void info(Throwable error) { log.info(error); }
  @Override public boolean isWarnEnabled() { return log.isWarnEnabled(); }
  @Override public void warn(CharSequence content) { log.warn(safe(content)); }
  @Override public void warn(CharSequence content, Throwable error) { log.warn(safe(content), error); }
  @Override public void warn(Throwable error) { log.warn(error); }
  @Override public boolean isErrorEnabled() { return log.isErrorEnabled(); }
  @Override public void error(CharSequence content) { log.error(safe(content)); }
  @Override public void error(CharSequence content, Throwable error) { log.error(safe(content), error); }
  @Override public void error(Throwable error) { log.error(error); }
}
