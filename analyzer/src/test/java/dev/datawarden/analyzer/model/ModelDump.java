package dev.datawarden.analyzer.model;

import dev.datawarden.analyzer.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import spoon.reflect.cu.CompilationUnit;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.cu.position.BodyHolderSourcePosition;
import spoon.reflect.cu.position.CompoundSourcePosition;
import spoon.reflect.cu.position.DeclarationSourcePosition;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtModifiable;
import spoon.reflect.declaration.CtPackage;
import spoon.reflect.declaration.CtType;
import spoon.reflect.factory.Factory;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.CtScanner;

/**
 * Everything of a built model the analysis can see, as text, to compare two builds: per
 * compilation unit (in file order) the pretty-printed text of each declared type (modifiers in
 * sorted order, see {@link #modifiersSorted}), then every element of the unit in scan order with
 * its role, implicitness, full source position (all offsets, lines and columns of each position
 * kind), its modifiers with theirs and, for a reference, what it refers to; then
 * the packages and types of the model and the problems the build reported.
 *
 * <p>{@link #main} dumps a build of any sources to a file, to compare corpora too large for a
 * test: {@code ModelDump spoon|lean OUT SOURCE_LEVEL CLASSPATH|- SOURCE_ROOT...}; with the CLI jar
 * and the analyzer's test classes on the class path.
 */
final class ModelDump {
  private ModelDump() {}

  static String dump(SourceModel model, List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    dump(model, problems, out);
    return out.toString();
  }

  static void dump(SourceModel model, List<Problem> problems, Appendable out) {
    try {
      Factory factory = model.spoon().getRootPackage().getFactory();
      Map<String, CompilationUnit> units = new TreeMap<>(factory.CompilationUnit().getMap());
      for (Map.Entry<String, CompilationUnit> e : units.entrySet()) {
        out.append("== unit ").append(e.getKey()).append('\n');
        CompilationUnit unit = e.getValue();
        for (CtType<?> type : unit.getDeclaredTypes()) {
          out.append(modifiersSorted(type.toString())).append('\n');
        }
        Elements elements = new Elements(out);
        elements.scan(unit);
        for (CtType<?> type : unit.getDeclaredTypes()) {
          elements.scan(type);
        }
      }
      out.append("== packages\n");
      for (CtPackage p : model.spoon().getAllPackages()) {
        out.append(p.getQualifiedName()).append(' ').append(line(p.getPosition())).append('\n');
      }
      out.append("== types\n");
      for (CtType<?> t : model.spoon().getAllTypes()) {
        out.append(t.getQualifiedName()).append('\n');
      }
      out.append("== files\n");
      for (Path f : model.files()) {
        out.append(f.toString()).append('\n');
      }
      out.append("== problems\n");
      for (Problem p : problems) {
        out.append(p.toString()).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every element the scanner reaches, one line each, indented by depth. */
  private static final class Elements extends CtScanner {
    private final Appendable out;
    private int depth;

    Elements(Appendable out) {
      this.out = out;
    }

    @Override
    protected void enter(CtElement e) {
      try {
        out.append(" ".repeat(depth)).append(e.getClass().getSimpleName())
            .append(' ').append(String.valueOf(e.isParentInitialized() ? e.getRoleInParent() : null))
            .append(e.isImplicit() ? " implicit" : "")
            .append(' ').append(line(e.getPosition()));
        if (e instanceof CtModifiable m && !m.getExtendedModifiers().isEmpty()) {
          out.append(" modifiers=").append(m.getExtendedModifiers().stream()
              .map(x -> x.getKind() + (x.isImplicit() ? "(implicit)" : "") + "@" + line(x.getPosition()))
              .sorted().toList().toString());
        }
        if (e instanceof CtReference r) {
          out.append(" ref=").append(r.toString());
          if (r instanceof CtTypeReference<?> t) {
            out.append(" qn=").append(t.getQualifiedName());
          }
          if (r instanceof CtExecutableReference<?> x) {
            out.append(" sig=").append(x.getSignature())
                .append(" in=").append(x.getDeclaringType() == null ? "-" : x.getDeclaringType().getQualifiedName());
          }
        }
        out.append('\n');
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      depth++;
    }

    @Override
    protected void exit(CtElement e) {
      depth--;
    }
  }

  private static final Pattern MODIFIERS = Pattern.compile(
      "\\b(?:(?:public|protected|private|abstract|static|final|transient|volatile|synchronized|native|strictfp|sealed"
          + "|non-sealed|default) )+");

  /**
   * The printed text with each run of modifiers sorted. Spoon keeps an element's modifiers in a
   * {@code HashSet} of {@code CtExtendedModifier}, whose hash is the {@code ModifierKind} enum
   * constant's identity hash; the printer keeps that set's order within its groups (abstract and
   * static; final, transient, volatile...), so {@code abstract static} or {@code static abstract}
   * depends on which identity hashes the JVM handed out before, which any other code run changes.
   * The modifiers themselves, with their positions, are compared element by element.
   */
  static String modifiersSorted(String printed) {
    return MODIFIERS.matcher(printed).replaceAll(m -> Matcher.quoteReplacement(
        Arrays.stream(m.group().split(" ")).sorted().collect(Collectors.joining(" ", "", " "))));
  }

  private static String line(SourcePosition p) {
    if (p == null || !p.isValidPosition()) {
      return "nopos";
    }
    StringBuilder s = new StringBuilder(p.getClass().getSimpleName()).append('@')
        .append(p.getFile() == null ? "-" : p.getFile().getPath())
        .append(':').append(p.getLine()).append(':').append(p.getColumn())
        .append('-').append(p.getEndLine()).append(':').append(p.getEndColumn())
        .append(" [").append(p.getSourceStart()).append(',').append(p.getSourceEnd()).append(']');
    if (p instanceof CompoundSourcePosition c) {
      s.append(" decl[").append(c.getDeclarationStart()).append(',').append(c.getDeclarationEnd())
          .append("] name[").append(c.getNameStart()).append(',').append(c.getNameEnd()).append(']');
    }
    if (p instanceof DeclarationSourcePosition d) {
      s.append(" mod[").append(d.getModifierSourceStart()).append(',').append(d.getModifierSourceEnd())
          .append("] default ").append(d.getDefaultValueEnd());
    }
    if (p instanceof BodyHolderSourcePosition b) {
      s.append(" body[").append(b.getBodyStart()).append(',').append(b.getBodyEnd()).append(']');
    }
    return s.toString();
  }

  /** Builds the model of the given sources and writes its dump; see the class comment. */
  public static void main(String[] args) throws IOException {
    boolean spoon = switch (args[0]) {
      case "spoon" -> true;
      case "lean" -> false;
      default -> throw new IllegalArgumentException("spoon or lean: " + args[0]);
    };
    Path out = Path.of(args[1]);
    int level = Integer.parseInt(args[2]);
    List<Path> classpath = args[3].equals("-") ? List.of()
        : Arrays.stream(args[3].split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    List<Path> roots = Arrays.stream(args, 4, args.length).map(Path::of).toList();
    ModelBuilder builder = new ModelBuilder(roots, classpath, !classpath.isEmpty(), level, Path.of("").toAbsolutePath());
    if (spoon) {
      builder = builder.withSpoonSettings();
    }
    List<Problem> problems = new ArrayList<>();
    long start = System.nanoTime();
    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    SourceModel model = builder.build(problems::add);
    long cpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
    long wallMs = (System.nanoTime() - start) / 1_000_000;
    System.err.println("build " + args[0] + " wall " + wallMs + " ms, thread cpu " + cpuMs + " ms");
    if (!out.toString().equals("-")) {
      // escaped: string literals may hold lone surrogates, which no charset encodes
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.US_ASCII)) {
        dump(model, problems, new Appendable() {
          @Override
          public Appendable append(CharSequence s) throws IOException {
            return append(s, 0, s.length());
          }

          @Override
          public Appendable append(CharSequence s, int start, int end) throws IOException {
            for (int i = start; i < end; i++) {
              append(s.charAt(i));
            }
            return this;
          }

          @Override
          public Appendable append(char c) throws IOException {
            if (c < 0x80) {
              w.write(c);
            } else {
              w.write(String.format("\\u%04x", (int) c));
            }
            return this;
          }
        });
      }
    }
  }
}
