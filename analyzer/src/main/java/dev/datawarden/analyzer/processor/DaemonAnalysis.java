package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.AnalysisRequest;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.daemon.AnalysisDaemon;
import dev.datawarden.analyzer.daemon.DaemonAnswer;
import dev.datawarden.analyzer.daemon.DaemonClient;
import dev.datawarden.analyzer.daemon.DaemonLauncher;
import dev.datawarden.analyzer.daemon.DaemonState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The analysis with {@code -Adatawarden.daemon=true}: asked of the warm daemon of {@code stateFile}
 * when one answers. When none does, one is started for the next compilation (if the processor's
 * class path is known and no other compilation started one in the last minute) and this
 * compilation is analysed in-process, as without the option, its outcome carrying a note that says
 * so once, and how to stop the daemon; when the daemon answers that it could not analyse, this
 * compilation is analysed in-process too, with a note that says so and why.
 */
final class DaemonAnalysis implements Analysis {
  private final Optional<Path> stateFile;
  private final Optional<List<Path>> daemonClasspath;
  private final DaemonLauncher launcher;
  private final Analysis inProcess;

  DaemonAnalysis(Optional<Path> stateFile, Optional<List<Path>> daemonClasspath, DaemonLauncher launcher,
      Analysis inProcess) {
    this.stateFile = stateFile;
    this.daemonClasspath = daemonClasspath;
    this.launcher = launcher;
    this.inProcess = inProcess;
  }

  @Override
  public Outcome run(AnalysisRequest request) {
    if (stateFile.isEmpty()) {
      return inProcess.run(request);
    }
    try {
      DaemonAnswer answer = new DaemonClient(stateFile.get()).analyse(request);
      if (answer.error() == null) {
        return new Outcome(answer.findings(), answer.problems(), answer.phaseMillis(), answer.ruleMillis(), true,
            List.of());
      }
      return inProcess.run(request).withNote(texts(request).text("daemonFailed", answer.error()));
    } catch (IOException | RuntimeException e) {
      if (launch()) {
        return inProcess.run(request).withNote(started(stateFile.get(), request.locale()));
      }
    }
    return inProcess.run(request);
  }

  private static Messages texts(AnalysisRequest request) {
    return Messages.of(ProcessorOptions.BUNDLE, request.locale());
  }

  /**
   * Starts a daemon unless the class path is unknown or another compilation has just started one;
   * true when this compilation started it.
   */
  private boolean launch() {
    if (daemonClasspath.isPresent() && DaemonState.claimStart(stateFile.orElseThrow())) {
      try {
        launcher.launch(daemonClasspath.get(), stateFile.orElseThrow());
        return true;
      } catch (IOException | RuntimeException e) {
        // no daemon this time either; the analysis runs in-process all the same
      }
    }
    return false;
  }

  /**
   * The note of a compilation that started a daemon, in {@code locale}: what it is for, when it ends,
   * how to end it sooner.
   */
  static String started(Path stateFile, Locale locale) {
    return Messages.of(ProcessorOptions.BUNDLE, locale).text("daemonStarted", AnalysisDaemon.idleMinutes(), stateFile);
  }
}
