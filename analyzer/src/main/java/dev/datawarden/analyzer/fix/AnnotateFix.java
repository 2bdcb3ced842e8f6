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
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Messages;
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

  /** The edit of one file: its content before and after, and the number of annotations inserted. */
  public record FileEdit(Path file, String displayPath, String before, String after, int annotations) {}

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

  /** What the fix would do: the file edits, in file order, and the findings it skipped. */
  public record Plan(List<FileEdit> edits, List<Skipped> skipped, Charset charset) {
    public Plan {
      edits = List.copyOf(edits);
      skipped = List.copyOf(skipped);
    }

    public int annotations() {
      return edits.stream().mapToInt(FileEdit::annotations).sum();
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
        Files.write(e.file(), e.after().getBytes(charset));
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
    Map<String, List<Finding>> byFile = new TreeMap<>();
    for (Finding f : findings) {
      if (f.ruleKey().equals(RULE_KEY)) {
        byFile.computeIfAbsent(f.location().file(), k -> new ArrayList<>()).add(f);
      }
    }
    List<FileEdit> edits = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      Path file = baseDirectory.resolve(e.getKey()).normalize();
      new FileFix(file, e.getKey(), e.getValue(), charset, skipped).edit().ifPresent(edits::add);
    }
    skipped.sort(Comparator.comparing(Skipped::location));
    return new Plan(edits, skipped, charset);
  }

  /** The edit of one file. */
  private static final class FileFix {
    private final Path file;
    private final String shown;
    private final List<Finding> findings;
    private final Charset charset;
    private final List<Skipped> skipped;

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
      CompilationUnit unit = LexicalPreservingPrinter.setup(parsed.get());
      Names names = new Names(unit);
      Set<String> imports = new LinkedHashSet<>();
      List<Integer> ownLineFields = new ArrayList<>();
      List<FieldDeclaration> fields = unit.findAll(FieldDeclaration.class);
      int inserted = 0;
      for (Finding f : findings) {
        Optional<SuggestedAnnotation> suggestion = SuggestedAnnotation.in(f.message());
        if (suggestion.isEmpty()) {
          skipped.add(new Skipped(f.location(), "noSuggestion"));
          continue;
        }
        Optional<Node> target = elementAt(unit, f.location());
        if (target.isEmpty()) {
          skipped.add(new Skipped(f.location(), "nothingNamed"));
          continue;
        }
        Node node = target.get();
        if (node instanceof FieldDeclaration field && field.getVariables().size() > 1) {
          skipped.add(new Skipped(f.location(), "severalFields"));
          continue;
        }
        @SuppressWarnings("unchecked")
        NodeWithAnnotations<Node> annotated = (NodeWithAnnotations<Node>) node;
        if (annotated.getAnnotations().stream().anyMatch(AnnotateFix::isDeclaration)) {
          continue; // declared already: a second run changes nothing
        }
        AnnotationExpr annotation = names.annotation(suggestion.get());
        if (node instanceof FieldDeclaration field) {
          if (!field.getAnnotations().isEmpty() && aloneOnItsLine(before, field.getAnnotation(0))) {
            ownLineFields.add(fields.indexOf(field));
          }
          field.getAnnotations().addFirst(annotation);
        } else {
          annotated.addAnnotation(annotation); // a parameter: closest to its type, after @RequestParam and the like
        }
        imports.addAll(names.importsFor(suggestion.get()));
        inserted++;
      }
      if (inserted == 0) {
        return Optional.empty();
      }
      String after = LexicalPreservingPrinter.print(unit);
      after = ownLines(after, ownLineFields);
      after = Imports.insert(before, after, unit, imports);
      if (parse(after).isEmpty()) {
        return skipAll("wouldNotParse");
      }
      return Optional.of(new FileEdit(file, shown, before, after, inserted));
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
      return new NormalAnnotationExpr(new Name(annotation), new NodeList<>(new MemberValuePair(s.kind().attribute(),
          new FieldAccessExpr(type.contains(".") ? qualified(type) : new NameExpr(type), s.category()))));
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
