package dev.datawarden.analyzer.fix;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.Name;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.rule.RuleMetadata;
import dev.datawarden.analyzer.rules.discovery.SuggestedAnnotation;
import dev.datawarden.analyzer.rules.discovery.UnannotatedPersonalInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The annotate fix: inserts the annotation each {@code UnannotatedPersonalInfo} finding suggests
 * ({@code @PersonalInfo(category = PersonalInfoCategory.PHONE)}, or {@code @Sensitive(value = ...)})
 * on the field, record component or parameter the finding points at, with its imports.
 *
 * <p>JavaParser's {@link LexicalPreservingPrinter} makes the edit, so everything else in the file
 * stays byte for byte as it was. Two places are laid out by hand because the printer puts them on
 * a neighbour's line: a new first annotation above annotations that stand on their own lines gets
 * its own line, and imports are inserted as whole lines, in order among the file's imports. An
 * element that already carries {@code @PersonalInfo} or {@code @Sensitive} is left alone, so running
 * the fix twice changes nothing more. Nothing is written until {@link Plan#write()}; {@link
 * Plan#diff()} shows the change as a unified diff.
 */
public final class AnnotateFix {
  /** The rule whose findings this fix acts on. */
  public static final String RULE_KEY = RuleMetadata.of(UnannotatedPersonalInfo.class).key();

  private AnnotateFix() {}

  /** What a file edit changes: sources (annotations), the catalog (entries) or a build file (a dependency). */
  public enum EditKind { SOURCE, CATALOG, BUILD }

  /**
   * The edit of one file: its content before and after (empty before for a new file), the number of
   * annotations inserted or catalog entries added, and the charset it is written in.
   */
  public record FileEdit(Path file, String displayPath, String before, String after, int annotations,
      EditKind kind, Charset charset) {
    /** An edit of a source file. */
    public FileEdit(Path file, String displayPath, String before, String after, int annotations) {
      this(file, displayPath, before, after, annotations, EditKind.SOURCE, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * Where suggestions go that are not inserted in the sources: the catalog file ({@code datawarden.yml}),
   * shown as {@code displayPath}; {@code all} sends every suggestion there, else only those in files
   * a generator wrote ({@link GeneratorMarkers}).
   */
  public record CatalogTarget(Path file, String displayPath, boolean all) {}

  /** A field the plan declares (in the sources or the catalog), as a catalog names it, and what it declares. */
  public record Declared(String field, SuggestedAnnotation suggestion, boolean inSources) {}

  /**
   * The catalog that declares what {@code declared} lists, as {@code annotate} would write it: for
   * analysing a module against the planned but unwritten declarations of the modules it uses (a dry run).
   */
  public static String catalogOf(List<Declared> declared) {
    try {
      return CatalogEntries.merge("", declared.stream().map(d -> new CatalogEntries.Entry(d.field(), d.suggestion()))
          .toList(), "planned by annotate");
    } catch (CatalogEntries.NotMergeable e) {
      throw new IllegalStateException(e);
    }
  }

  /** A source file a generator wrote, with the marker that says so: its suggestions go to the catalog. */
  public record GeneratedFile(String displayPath, String marker) {}

  /** The bundle of the reasons a finding is skipped ({@code fix/messages*.properties}). */
  static final String BUNDLE = "dev.datawarden.analyzer.fix.messages";

  /**
   * A finding the fix could not act on, and why: the text {@code reasonKey} of the fix's bundle with
   * {@code args} (a charset, a reason the JDK gave).
   */
  @SuppressWarnings("Immutable") // an unmodifiable copy of strings
  public record Skipped(Location location, String reasonKey, List<String> args) {
    public Skipped {
      args = List.copyOf(args);
    }

    Skipped(Location location, String reasonKey, Object... args) {
      this(location, reasonKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Why, in English. */
    public String reason() {
      return reason(Locale.ENGLISH);
    }

    /** Why, in {@code locale}. */
    public String reason(Locale locale) {
      return Messages.of(BUNDLE, locale).text(reasonKey, args.toArray());
    }

    /** Where and why, in {@code locale}. */
    public String describe(Locale locale) {
      return location + ": " + reason(locale);
    }

    @Override
    public String toString() {
      return describe(Locale.ENGLISH);
    }
  }

  /**
   * What the fix would do: the file edits (sources in file order, then the catalog), the findings it
   * skipped, and the generated files whose suggestions went to the catalog.
   */
  public record Plan(List<FileEdit> edits, List<Skipped> skipped, Charset charset, List<GeneratedFile> generated,
      List<Declared> declared) {
    public Plan {
      edits = List.copyOf(edits);
      skipped = List.copyOf(skipped);
      generated = List.copyOf(generated);
      declared = List.copyOf(declared);
    }

    public Plan(List<FileEdit> edits, List<Skipped> skipped, Charset charset) {
      this(edits, skipped, charset, List.of(), List.of());
    }

    /** The annotations inserted in sources. */
    public int annotations() {
      return edits.stream().filter(e -> e.kind() == EditKind.SOURCE).mapToInt(FileEdit::annotations).sum();
    }

    /** The entries added to the catalog. */
    public int catalogEntries() {
      return edits.stream().filter(e -> e.kind() == EditKind.CATALOG).mapToInt(FileEdit::annotations).sum();
    }

    /** The source files edited. */
    public int sourceFiles() {
      return (int) edits.stream().filter(e -> e.kind() == EditKind.SOURCE).count();
    }

    /** This plan with one more edit (a build file's), written after the others. */
    public Plan with(FileEdit edit) {
      List<FileEdit> all = new ArrayList<>(edits);
      all.add(edit);
      return new Plan(all, skipped, charset, generated, declared);
    }

    /** This plan without its source edits: what is left when a module's sources must not change. */
    public Plan withoutSourceEdits(List<Skipped> moreSkipped) {
      List<Skipped> all = new ArrayList<>(skipped);
      all.addAll(moreSkipped);
      List<Declared> left = declared.stream().filter(d -> !insertedInSources(d)).toList();
      return new Plan(edits.stream().filter(e -> e.kind() != EditKind.SOURCE).toList(), all, charset, generated, left);
    }

    private static boolean insertedInSources(Declared d) {
      return d.inSources();
    }

    /** The edits as one unified diff, paths as findings show them (relative to the base directory). */
    public String diff() {
      StringBuilder d = new StringBuilder();
      for (FileEdit e : edits) {
        d.append(UnifiedDiff.of(e.displayPath(), e.before(), e.after()));
      }
      return d.toString();
    }

    /** Writes the edited files. */
    public void write() throws IOException {
      for (FileEdit e : edits) {
        if (e.file().getParent() != null) {
          Files.createDirectories(e.file().getParent());
        }
        Files.write(e.file(), e.after().getBytes(e.kind() == EditKind.SOURCE ? charset : e.charset()));
      }
    }
  }

  /** Plans the edits for the findings of {@link #RULE_KEY} (others are ignored) in UTF-8 sources. */
  public static Plan plan(Path baseDirectory, List<Finding> findings) {
    return plan(baseDirectory, findings, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Plans the edits for the findings of {@link #RULE_KEY}, whose file names are resolved against
   * {@code baseDirectory} (the analysis request's); other findings are ignored.
   */
  public static Plan plan(Path baseDirectory, List<Finding> findings, Charset charset) {
    return plan(baseDirectory, findings, charset, null, Locale.ENGLISH);
  }

  /**
   * Plans the edits for the findings of {@link #RULE_KEY}, whose file names are resolved against
   * {@code baseDirectory}; the suggestions in files a generator wrote, or all of them when {@code
   * catalog} says so, are added to the catalog instead (with a comment in {@code locale}), and when
   * {@code catalog} is null they are skipped.
   */
  public static Plan plan(Path baseDirectory, List<Finding> findings, Charset charset, CatalogTarget catalog,
      Locale locale) {
    Map<String, List<Finding>> byFile = new TreeMap<>();
    for (Finding f : findings) {
      if (f.ruleKey().equals(RULE_KEY)) {
        byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
      }
    }
    List<FileEdit> edits = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<CatalogEntries.Entry> entries = new ArrayList<>();
    List<Location> entryLocations = new ArrayList<>();
    List<GeneratedFile> generated = new ArrayList<>();
    List<Declared> declared = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      Path file = baseDirectory.resolve(e.getKey()).normalize();
      FileFix fix = new FileFix(file, e.getKey(), e.getValue(), charset, skipped);
      fix.toCatalog = catalog != null && catalog.all();
      fix.edit().ifPresent(edits::add);
      fix.marker.ifPresent(m -> generated.add(new GeneratedFile(e.getKey(), m)));
      declared.addAll(fix.inserted);
      if (catalog == null) {
        fix.entryLocations.forEach(l -> skipped.add(new Skipped(l, "generatedNoCatalog")));
      } else {
        entries.addAll(fix.entries);
        entryLocations.addAll(fix.entryLocations);
      }
    }
    if (!entries.isEmpty()) {
      int before = skipped.size();
      catalogEdit(catalog, entries, entryLocations, locale, skipped).ifPresent(edits::add);
      if (skipped.size() == before) {
        entries.forEach(c -> declared.add(new Declared(c.field(), c.suggestion(), false)));
      }
    }
    skipped.sort(Comparator.comparing(Skipped::location));
    return new Plan(edits, skipped, charset, generated, declared);
  }

  /** The catalog with the entries added, or nothing when it has them all or cannot take them (skipped, with why). */
  private static Optional<FileEdit> catalogEdit(CatalogTarget catalog, List<CatalogEntries.Entry> entries,
      List<Location> locations, Locale locale, List<Skipped> skipped) {
    String before = "";
    try {
      if (Files.isRegularFile(catalog.file())) {
        before = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(catalog.file()))).toString();
      }
    } catch (IOException e) {
      locations.forEach(l -> skipped.add(new Skipped(l, "catalogNotReadable", catalog.displayPath(), e.getMessage())));
      return Optional.empty();
    }
    String after;
    try {
      after = CatalogEntries.merge(before, entries, Messages.of(BUNDLE, locale).text("catalogNote",
          Declaration.PLACEHOLDER));
    } catch (CatalogEntries.NotMergeable e) {
      locations.forEach(l -> skipped.add(new Skipped(l, "catalogNotMergeable", catalog.displayPath(), e.getMessage())));
      return Optional.empty();
    }
    if (after.equals(before)) {
      return Optional.empty();
    }
    int added = (int) (after.lines().filter(l -> l.contains("[" + Declaration.PLACEHOLDER + "]")).count()
        - before.lines().filter(l -> l.contains("[" + Declaration.PLACEHOLDER + "]")).count());
    return Optional.of(new FileEdit(catalog.file(), catalog.displayPath(), before, after, Math.max(added, 0),
        EditKind.CATALOG, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The edit of one file. */
  /** A suggested annotation and the field, record component or parameter it goes on. */
  private record Placed(SuggestedAnnotation suggestion, Node node) {}

  private static final class FileFix {
    private final Path file;
    private final String shown;
    private final List<Finding> findings;
    private final Charset charset;
    private final List<Skipped> skipped;
    /** Whether every suggestion goes to the catalog. */
    boolean toCatalog;
    /** The generator's marker the file carries, if any. */
    Optional<String> marker = Optional.empty();
    /** The suggestions for the catalog, and where their findings are. */
    final List<CatalogEntries.Entry> entries = new ArrayList<>();
    final List<Location> entryLocations = new ArrayList<>();
    /** The fields annotated in the sources, as a catalog names them. */
    final List<Declared> inserted = new ArrayList<>();

    FileFix(Path file, String shown, List<Finding> findings, Charset charset, List<Skipped> skipped) {
      this.file = file;
      this.shown = shown;
      this.findings = findings;
      this.charset = charset;
      this.skipped = skipped;
    }

    Optional<FileEdit> edit() {
      String before;
      try {
        before = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      } catch (CharacterCodingException e) {
        return skipAll("notReadable", charset.name());
      } catch (IOException e) {
        return skipAll("cannotRead", e.getMessage());
      }
      Optional<CompilationUnit> parsed = parse(before);
      if (parsed.isEmpty()) {
        return skipAll("cannotParse");
      }
      marker = GeneratorMarkers.builtin().in(before, parsed.get());
      if (toCatalog || marker.isPresent()) {
        intoCatalog(parsed.get());
        return Optional.empty();
      }
      CompilationUnit unit = LexicalPreservingPrinter.setup(parsed.get());
      Names names = new Names(unit);
      Set<String> imports = new LinkedHashSet<>();
      List<Integer> ownLineFields = new ArrayList<>();
      List<FieldDeclaration> fields = unit.findAll(FieldDeclaration.class);
      int inserted = 0;
      for (Finding f : findings) {
        Optional<Placed> placed = placed(f, unit);
        if (placed.isEmpty()) {
          continue;
        }
        SuggestedAnnotation suggested = placed.get().suggestion();
        Node node = placed.get().node();
        if (node instanceof FieldDeclaration field && field.getVariables().size() > 1) {
          skipped.add(new Skipped(f.location(), "severalFields"));
          continue;
        }
        @SuppressWarnings("unchecked")
        NodeWithAnnotations<Node> annotated = (NodeWithAnnotations<Node>) node;
        if (annotated.getAnnotations().stream().anyMatch(AnnotateFix::isDeclaration)) {
          continue; // declared already: a second run changes nothing
        }
        AnnotationExpr annotation = names.annotation(suggested);
        if (node instanceof FieldDeclaration field) {
          if (!field.getAnnotations().isEmpty() && aloneOnItsLine(before, field.getAnnotation(0))) {
            ownLineFields.add(fields.indexOf(field));
          }
          field.getAnnotations().addFirst(annotation);
        } else {
          annotated.addAnnotation(annotation); // a parameter: closest to its type, after @RequestParam and the like
        }
        imports.addAll(names.importsFor(suggested));
        catalogField(node).ifPresent(name -> this.inserted.add(new Declared(name, suggested, true)));
        inserted++;
      }
      if (inserted == 0) {
        return Optional.empty();
      }
      String after = LexicalPreservingPrinter.print(unit);
      after = ownLines(after, ownLineFields);
      after = Imports.insert(before, after, unit, imports);
      if (parse(after).isEmpty()) {
        this.inserted.clear();
        return skipAll("wouldNotParse");
      }
      return Optional.of(new FileEdit(file, shown, before, after, inserted));
    }

    /** The catalog entries of the file's suggestions: fields and record components only (a catalog names no parameter). */
    private void intoCatalog(CompilationUnit unit) {
      for (Finding f : findings) {
        Optional<Placed> placed = placed(f, unit);
        if (placed.isEmpty()) {
          continue;
        }
        Optional<String> field = catalogField(placed.get().node());
        if (field.isEmpty()) {
          skipped.add(new Skipped(f.location(), "parameterNotInCatalog"));
          continue;
        }
        entries.add(new CatalogEntries.Entry(field.get(), placed.get().suggestion()));
        entryLocations.add(f.location());
      }
    }

    /** What a finding suggests and the element it names; empty, the reason kept in {@code skipped}, when either is missing. */
    private Optional<Placed> placed(Finding f, CompilationUnit unit) {
      Optional<SuggestedAnnotation> suggestion = SuggestedAnnotation.in(f.message());
      if (suggestion.isEmpty()) {
        skipped.add(new Skipped(f.location(), "noSuggestion"));
        return Optional.empty();
      }
      Optional<Node> target = elementAt(unit, f.location());
      if (target.isEmpty()) {
        skipped.add(new Skipped(f.location(), "nothingNamed"));
        return Optional.empty();
      }
      return Optional.of(new Placed(suggestion.get(), target.get()));
    }

    private Optional<FileEdit> skipAll(String reasonKey, Object... args) {
      findings.forEach(f -> skipped.add(new Skipped(f.location(), reasonKey, args)));
      return Optional.empty();
    }

    /** Puts each new first annotation of the given fields on its own line, as the others are. */
    private String ownLines(String text, List<Integer> fieldIndexes) {
      if (fieldIndexes.isEmpty()) {
        return text;
      }
      CompilationUnit reparsed = parse(text).orElse(null);
      if (reparsed == null) {
        return text;
      }
      List<FieldDeclaration> fields = reparsed.findAll(FieldDeclaration.class);
      String eol = text.contains("\r\n") ? "\r\n" : "\n";
      List<int[]> breaks = new ArrayList<>(); // offset of the space to replace, and of the line start
      for (int i : fieldIndexes) {
        FieldDeclaration f = fields.get(i);
        if (f.getAnnotations().size() < 2) {
          continue;
        }
        Position ours = f.getAnnotation(0).getEnd().orElseThrow();
        Position next = f.getAnnotation(1).getBegin().orElseThrow();
        if (ours.line == next.line) {
          int space = offset(text, ours.line, ours.column + 1);
          int lineStart = offset(text, ours.line, 1);
          if (text.substring(space, offset(text, next.line, next.column)).equals(" ")) {
            breaks.add(new int[] {space, lineStart});
          }
        }
      }
      breaks.sort(Comparator.comparingInt((int[] b) -> b[0]).reversed());
      StringBuilder out = new StringBuilder(text);
      for (int[] b : breaks) {
        String indent = leadingWhitespace(text, b[1]);
        out.replace(b[0], b[0] + 1, eol + indent);
      }
      return out.toString();
    }
  }

  /** The simple or qualified names the inserted annotations use, given what the file imports already. */
  private static final class Names {
    private final Set<String> imported = new LinkedHashSet<>();
    private final Set<String> onDemand = new LinkedHashSet<>();
    private final String packageName;

    Names(CompilationUnit unit) {
      for (ImportDeclaration i : unit.getImports()) {
        if (!i.isStatic()) {
          (i.isAsterisk() ? onDemand : imported).add(i.getNameAsString());
        }
      }
      packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }

    AnnotationExpr annotation(SuggestedAnnotation s) {
      String annotation = name(s.kind().annotation());
      String type = name(s.kind().categoryType());
      return new NormalAnnotationExpr(new Name(annotation), new NodeList<>(
          new MemberValuePair(s.kind().attribute(),
              new FieldAccessExpr(type.contains(".") ? qualified(type) : new NameExpr(type), s.category())),
          new MemberValuePair("purposes", new StringLiteralExpr(Declaration.PLACEHOLDER)),
          new MemberValuePair("retention", new StringLiteralExpr(Declaration.PLACEHOLDER))));
    }

    /** The imports the suggestion needs that the file lacks; none where a name is qualified. */
    List<String> importsFor(SuggestedAnnotation s) {
      List<String> needed = new ArrayList<>();
      for (String simple : List.of(s.kind().annotation(), s.kind().categoryType())) {
        String full = SuggestedAnnotation.VOCABULARY_PACKAGE + "." + simple;
        if (!name(simple).contains(".") && !imported.contains(full)
            && !onDemand.contains(SuggestedAnnotation.VOCABULARY_PACKAGE)
            && !packageName.equals(SuggestedAnnotation.VOCABULARY_PACKAGE)) {
          needed.add(full);
        }
      }
      return needed;
    }

    /** The simple name, or the qualified one when the file imports another type of that name. */
    private String name(String simple) {
      String full = SuggestedAnnotation.VOCABULARY_PACKAGE + "." + simple;
      boolean clash = imported.stream().anyMatch(i -> !i.equals(full) && i.endsWith("." + simple));
      return clash ? full : simple;
    }

    private static com.github.javaparser.ast.expr.Expression qualified(String name) {
      String[] parts = name.split("\\.");
      com.github.javaparser.ast.expr.Expression e = new NameExpr(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        e = new FieldAccessExpr(e, parts[i]);
      }
      return e;
    }
  }

  /** The field declaration or parameter whose name starts at the location (or, failing that, is alone on its line). */
  static Optional<Node> elementAt(CompilationUnit unit, Location location) {
    List<Node> onLine = new ArrayList<>();
    for (VariableDeclarator v : unit.findAll(VariableDeclarator.class)) {
      if (v.getParentNode().orElse(null) instanceof FieldDeclaration field) {
        Optional<Position> at = v.getName().getBegin();
        if (at.isPresent() && at.get().line == location.line()) {
          if (at.get().column == location.column()) {
            return Optional.of(field);
          }
          onLine.add(field);
        }
      }
    }
    for (Parameter p : unit.findAll(Parameter.class)) {
      Optional<Position> at = p.getName().getBegin();
      if (at.isPresent() && at.get().line == location.line()) {
        if (at.get().column == location.column()) {
          return Optional.of(p);
        }
        onLine.add(p);
      }
    }
    return onLine.size() == 1 ? Optional.of(onLine.get(0)) : Optional.empty();
  }

  /**
   * How a catalog names a field or record component ({@code a.b.Outer$Inner#name}); empty for a
   * parameter of a method, or a field of a local or anonymous class.
   */
  static Optional<String> catalogField(Node node) {
    String name;
    if (node instanceof FieldDeclaration field) {
      name = field.getVariable(0).getNameAsString();
    } else if (node instanceof Parameter p && p.getParentNode().orElse(null)
        instanceof com.github.javaparser.ast.body.RecordDeclaration) {
      name = p.getNameAsString();
    } else {
      return Optional.empty();
    }
    List<String> types = new ArrayList<>();
    Node n = node.getParentNode().orElse(null);
    for (; n != null && !(n instanceof CompilationUnit); n = n.getParentNode().orElse(null)) {
      if (n instanceof com.github.javaparser.ast.body.TypeDeclaration<?> t) {
        if (t.isTopLevelType() || t.getParentNode().orElse(null) instanceof com.github.javaparser.ast.body.TypeDeclaration<?>) {
          types.add(0, t.getNameAsString());
        } else {
          return Optional.empty();
        }
      } else if (!(n instanceof com.github.javaparser.ast.body.BodyDeclaration<?>)
          && !(n instanceof FieldDeclaration)) {
        return Optional.empty(); // inside a method body: a local or anonymous class
      }
    }
    if (types.isEmpty() || !(n instanceof CompilationUnit unit)) {
      return Optional.empty();
    }
    String pkg = unit.getPackageDeclaration().map(d -> d.getNameAsString() + ".").orElse("");
    return Optional.of(pkg + String.join("$", types) + "#" + name);
  }

  private static boolean isDeclaration(AnnotationExpr a) {
    String name = a.getNameAsString();
    String simple = name.substring(name.lastIndexOf('.') + 1);
    return simple.equals("PersonalInfo") || simple.equals("Sensitive");
  }

  /** True when the node has a line to itself: only whitespace before it, and nothing but a comment after it. */
  private static boolean aloneOnItsLine(String text, Node node) {
    Position begin = node.getBegin().orElseThrow();
    Position end = node.getEnd().orElseThrow();
    String before = text.substring(offset(text, begin.line, 1), offset(text, begin.line, begin.column));
    int from = offset(text, end.line, end.column + 1);
    int eol = text.indexOf('\n', from);
    String after = text.substring(from, eol < 0 ? text.length() : eol).strip();
    return before.isBlank() && (after.isEmpty() || after.startsWith("//") || after.startsWith("/*"));
  }

  static Optional<CompilationUnit> parse(String text) {
    ParseResult<CompilationUnit> r = new JavaParser(
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(text);
    return r.isSuccessful() ? r.getResult() : Optional.empty();
  }

  /** The offset of a line and column (both from 1) in a text. */
  static int offset(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = text.indexOf('\n', offset);
      if (nl < 0) {
        return text.length();
      }
      offset = nl + 1;
    }
    return Math.min(text.length(), offset + column - 1);
  }

  private static String leadingWhitespace(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }
}
