package dev.datawarden.analyzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.report.DataLists;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleResultsTest {
  private static final Path TOP = Path.of("/build/shop").toAbsolutePath();

  private static AnalysisResult result(String file, String upstreamFile) {
    Finding f = new Finding("PersonalInfoLogged", Severity.CRITICAL, "m", new Location(file, 3, 5),
        List.of(new PathStep(new Location(upstreamFile, 7, 1), "read"), new PathStep(new Location(file, 3, 5), "logged")));
    return new AnalysisResult(List.of(f), List.of(file), List.of(new Problem(Problem.Kind.SOURCE,
        new Location("<classpath>", 0, 0), "p")), true, List.of(), Map.of(), List.of());
  }

  // contract: nothing is merged before the last expected module ends; then file names are the top's
  @Test
  void mergesWhenTheLastExpectedModuleEnds() {
    ModuleResults results = new ModuleResults(TOP, Set.of("entity", "service", "web"));

    assertEquals(Optional.empty(), results.add("entity", TOP.resolve("entity"), Optional.empty()));
    assertEquals(Optional.empty(), results.add("service", TOP.resolve("service"),
        Optional.of(result("src/main/java/S.java", TOP.resolve("entity/src/main/java/E.java").toString()))));
    Optional<AnalysisResult> merged = results.add("web", TOP.resolve("web"), Optional.of(result("src/W.java", "src/W.java")));

    assertTrue(merged.isPresent());
    assertEquals(List.of("service/src/main/java/S.java", "web/src/W.java"), merged.get().analysedFiles());
    Finding service = merged.get().findings().get(0);
    assertEquals(new Location("service/src/main/java/S.java", 3, 5), service.location());
    assertEquals(new Location("entity/src/main/java/E.java", 7, 1), service.path().get(0).location(),
        "an absolute name under the top becomes relative to it");
    assertEquals("<classpath>", merged.get().problems().get(0).location().file());
    assertEquals(2, results.analysed());
    assertEquals(Optional.empty(), results.add("web", TOP.resolve("web"), Optional.empty()), "merged once");
  }

  private static AnalysisResult withLists(String file, String category, String recipient, boolean recorded) {
    Finding f = new Finding("UnloggedTransfer", Severity.CRITICAL, "m " + category, new Location(file, 12, 5), List.of());
    DataLists lists = new DataLists(
        List.of(new DataLists.Collected(category, false, List.of("Member." + category.toLowerCase()),
            List.of(new DataLists.CollectionPoint("Api.take()", file + ":10", "POST", "/take", false,
                List.of(DataLists.reference(f)))), List.of("login"), List.of("P3Y"), true)),
        List.of(new DataLists.Provided(recipient, List.of(category), List.of(), "DPA-1", recorded, false, "", "", "",
            List.of(file + ":12 Sms.send()"), List.of(DataLists.reference(f)))));
    return new AnalysisResult(List.of(f), List.of(file), List.of(), true, List.of(), Map.of(), List.of(), lists);
  }

  // contract: the aggregate carries the lists of Art. 21 of every module, merged (each category and each
  // recipient once), with file names relative to the top and findings named as the aggregate names them
  @Test
  void theListsOfEveryModuleAreMergedEachEntryOnce() {
    ModuleResults results = new ModuleResults(TOP, Set.of("a", "b"));
    results.add("a", TOP.resolve("a"), Optional.of(withLists("src/A.java", "PHONE", "SMS Co", true)));
    AnalysisResult merged = results.add("b", TOP.resolve("b"),
        Optional.of(withLists("src/B.java", "PHONE", "SMS Co", false))).orElseThrow();

    assertEquals(1, merged.lists().collected().size());
    DataLists.Collected phone = merged.lists().collected().get(0);
    assertEquals(List.of("a/src/A.java:10", "b/src/B.java:10"),
        phone.points().stream().map(DataLists.CollectionPoint::location).toList());
    assertEquals(List.of("Member.phone"), phone.fields());
    assertEquals(1, merged.lists().provided().size());
    DataLists.Provided sms = merged.lists().provided().get(0);
    assertEquals(List.of("a/src/A.java:12 Sms.send()", "b/src/B.java:12 Sms.send()"), sms.code());
    assertEquals("DPA-1", sms.agreement());
    assertEquals(false, sms.recorded(), "recorded only when every module records");
    List<String> ids = merged.findings().stream().map(DataLists::reference).toList();
    assertEquals(ids, sms.findings());
    assertEquals(ids, phone.points().stream().flatMap(p -> p.findings().stream()).toList());
  }

  @Test
  void noModuleAnalysedNothingMerged() {
    ModuleResults results = new ModuleResults(TOP, Set.of("a"));
    assertEquals(Optional.empty(), results.add("a", TOP.resolve("a"), Optional.empty()));
  }

  private static Finding finding(String rule, String file, int line) {
    return new Finding(rule, Severity.MAJOR, rule + " at " + line, new Location(file, line, 1), List.of());
  }

  private static AnalysisResult module(List<String> files, List<Finding> own, List<Finding> context,
      Set<Location> deleted) {
    return new AnalysisResult(own, files, List.of(), true, List.of(), Map.of(), List.of(), DataLists.EMPTY, Map.of(),
        Map.of(), new ModuleEvidence(context, deleted));
  }

  // contract: the findings in the files of a module others depend on are those the analyses of the
  // modules at the ends of the build (on which no analysed module depends) see there, merged; a type
  // is missing its deletion unless one of them found it deleted; suppressions stay the module's word
  @Test
  void aModuleOthersDependOnIsJudgedByTheModulesThatSeeItsCallers() {
    ModuleResults results = new ModuleResults(TOP, Set.of("entity", "service", "web", "job"));
    String visit = "src/main/java/Visit.java";
    String member = "src/main/java/Member.java";
    String service = "src/main/java/Service.java";
    // alone, the entity module sees nothing stored; the service module reports an insert the web guards
    results.add("entity", TOP.resolve("entity"), Optional.of(module(List.of(visit, member),
        List.of(finding("MissingRetentionPeriod", visit, 10), finding("UnusedSuppression", member, 3)),
        List.of(), Set.of())), Set.of("service", "web", "job"));
    results.add("service", TOP.resolve("service"), Optional.of(module(List.of(service),
        List.of(finding("MissingConsentCheck", service, 24), finding("MissingConsentCheck", service, 28)),
        List.of(finding("MissingDeletionPath", "../entity/" + visit, 7),
            finding("MissingDeletionPath", "../entity/" + member, 6)), Set.of())), Set.of("web", "job"));
    // the web module guards the insert at line 24; the job module deletes members, not visits
    results.add("web", TOP.resolve("web"), Optional.of(module(List.of("src/W.java"), List.of(),
        List.of(finding("MissingConsentCheck", "../service/" + service, 28),
            finding("MissingRetentionPeriod", "../entity/" + visit, 10),
            finding("MissingDeletionPath", "../entity/" + visit, 7),
            finding("MissingDeletionPath", "../entity/" + member, 6)), Set.of())), Set.of());
    AnalysisResult merged = results.add("job", TOP.resolve("job"), Optional.of(module(List.of("src/J.java"), List.of(),
        List.of(finding("MissingRetentionPeriod", "../entity/" + visit, 10)),
        Set.of(new Location("../entity/" + member, 6, 1)))), Set.of()).orElseThrow();

    Map<String, AnalysisResult> judged = results.judged();
    assertEquals(Set.of("entity", "service"), judged.keySet(), "the modules nothing depends on judge themselves");
    assertEquals(List.of(new Location(service, 28, 1)),
        judged.get("service").findings().stream().map(Finding::location).toList(),
        "the insert at line 24 is guarded where it is called");
    assertEquals(List.of("UnusedSuppression " + member + ":3", "MissingDeletionPath " + visit + ":7",
            "MissingRetentionPeriod " + visit + ":10"),
        judged.get("entity").findings().stream()
            .map(f -> f.ruleKey() + " " + f.location().file() + ":" + f.location().line()).toList(),
        "members are deleted by the job module; visits nowhere; the finding both ends see is reported once");
    assertEquals(List.of("entity/" + member, "entity/" + visit, "entity/" + visit, "service/" + service),
        merged.findings().stream().map(f -> f.location().file()).toList());
  }
}
