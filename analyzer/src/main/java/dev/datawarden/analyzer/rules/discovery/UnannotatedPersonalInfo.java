package dev.datawarden.analyzer.rules.discovery;

import dev.datawarden.analyzer.api.Severity;
import dev.datawarden.analyzer.rule.Rule;
import dev.datawarden.analyzer.rule.RuleContext;
import dev.datawarden.analyzer.rule.RuleInfo;

/**
 * Data that looks like personal information but is declared nowhere, so no other rule can follow
 * it. What "looks like" means is data ({@code pi-names.yml}, read by {@link PersonalInfoNames}):
 * the name of a field, record component or entry-point parameter, the column or request parameter
 * it maps, its type, or the label a Chinese code base writes on it ({@link Labels}: its comment,
 * Swagger, OpenAPI and Excel annotations, a column's SQL comment). A field whose value the code stores in a declared field (a form's field
 * copied into an entity's) is reported too, with the category of that field, and an entry-point
 * parameter whose value is kept in a field is left to that field, so that each piece of data is
 * reported once, where it is kept. Each finding's message carries the suggested annotation as Java
 * source, which the annotate fix inserts.
 */
@RuleInfo(
    title = "Personal information that is not declared",
    severity = Severity.INFO,
    articles = {"21", "29"},
    summary = "A field, column or endpoint parameter looks like personal information and carries no declaration.",
    remediation = "Declare it with the suggested @PersonalInfo (or @Sensitive) and its purposes and retention, or in "
        + "a catalog for code you cannot edit; datawarden:annotate inserts the suggested annotations. If it is not "
        + "personal information, say so with @SuppressWarnings(\"datawarden:UnannotatedPersonalInfo\").")
public final class UnannotatedPersonalInfo implements Rule {
  /** The rule's key, which a suppression names to say that a name only looks like personal information. */
  public static final String KEY = "UnannotatedPersonalInfo";

  @Override
  public void check(RuleContext context) {
    Discovery discovery = new Discovery(context.facts(), context.model(), context.flows().callGraph(),
        context.flows().knowledge());
    for (Discovery.Candidate c : discovery.candidates()) {
      SuggestedAnnotation s = c.reason().suggestion();
      String label = s.kind() == SuggestedAnnotation.Kind.SENSITIVE ? context.text("sensitive", s.category()) : s.category();
      context.report(c.location(),
          context.text("message", c.display(), label, note(context, c.reason()), s.sourceWithPlaceholders(),
              dev.datawarden.analyzer.fact.Declaration.PLACEHOLDER));
    }
  }

  /** How the element was told: nothing for its name, else its mapping, type, label or where it is stored. */
  private static String note(RuleContext context, Discovery.Reason reason) {
    if (reason.inference() == null) {
      return context.text("storedIn", reason.storedIn());
    }
    return switch (reason.inference().basis()) {
      case NAME -> "";
      case MAPPED_NAME -> context.text("mappedAs", reason.inference().text());
      case LABEL -> context.text("labelled", reason.inference().text(), reason.term());
      case TYPE -> context.text("ofType", reason.inference().text());
    };
  }
}
