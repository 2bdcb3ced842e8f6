package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The SQL statements of the MyBatis mapper XML files in a project's resources: for each mapper
 * interface (the {@code namespace} of a {@code <mapper>} root element), what each method's
 * statement is ({@code <insert>}, {@code <update>}, {@code <delete>}, {@code <select>}) and its SQL
 * text, with the dynamic elements ({@code <if>}, {@code <foreach>}, {@code <where>}...) flattened
 * to their text (after the {@code WHERE} or {@code SET} that {@code <where>}, {@code <set>} and a
 * {@code <trim prefix>} add) and {@code <include refid>} replaced by the {@code <sql>} fragment it names.
 *
 * <p>Only files whose root element is {@code mapper} with a {@code namespace} are read. They are
 * parsed with the JDK's StAX parser with DTDs and external entities off: the {@code DOCTYPE}'s
 * {@code http://mybatis.org/dtd/...} address is never opened. A mapper file that does not parse
 * becomes an {@link Problem.Kind#UNPARSEABLE_FILE} problem at its line and is left out.
 */
public final class MyBatisMappers {

  /** What a mapper statement does. */
  public enum Kind {
    INSERT,
    UPDATE,
    DELETE,
    SELECT;

    /** True for the statements that write what they are given: inserts and updates, whatever their tag. */
    public boolean writes() {
      return this == INSERT || this == UPDATE;
    }
  }

  /**
   * One statement of a mapper XML file.
   *
   * @param namespace the mapper interface's qualified name
   * @param id the mapper method's name
   * @param sql the statement's text, dynamic elements flattened and fragments included
   * @param location where the statement's element starts; null for a statement an annotation on
   *     the method gives ({@link Persistence#annotatedStatement})
   */
  public record Statement(String namespace, String id, Kind kind, String sql, Location location) {
    /** The properties of its parameter the statement writes: see {@link MyBatisMappers#writtenProperties}. */
    public Set<String> writtenProperties() {
      return MyBatisMappers.writtenProperties(sql, kind);
    }
  }

  /**
   * The names of the properties a writing statement stores, from the parameters it binds
   * ({@code #{phone}}, {@code #{record.phone,jdbcType=VARCHAR}}, {@code #{item.phone}} in a
   * {@code <foreach>}, {@code ${name}}, Spring Data's {@code :#{#user.phone}}): every name of each
   * bound path, so that {@code record.phone} names both the parameter and its property. An update
   * stores what it binds before its {@code WHERE} (what it binds after only selects rows); an insert
   * what it binds anywhere. Nothing for statements that write nothing.
   */
  public static Set<String> writtenProperties(String sql, Kind kind) {
    if (!kind.writes()) {
      return Set.of();
    }
    String written = sql;
    if (kind == Kind.UPDATE) {
      java.util.regex.Matcher where = WHERE.matcher(sql);
      if (where.find()) {
        written = sql.substring(0, where.start());
      }
    }
    Set<String> names = new java.util.LinkedHashSet<>();
    java.util.regex.Matcher m = BOUND.matcher(written);
    while (m.find()) {
      String path = m.group(1).split(",", 2)[0].strip();
      for (String name : path.split("\\.")) {
        name = name.strip();
        if (name.startsWith("#")) {
          name = name.substring(1);
        }
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return Set.copyOf(names);
  }

  private static final java.util.regex.Pattern WHERE =
      java.util.regex.Pattern.compile("\\bWHERE\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** A bound parameter: {@code #{...}} or {@code ${...}}. */
  private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("[#$]\\{([^}]*)}");

  /** No mapper files: for an analysis without resource roots. */
  public static final MyBatisMappers NONE = new MyBatisMappers(Map.of(), Set.of());

  private static final int MAX_INCLUDE_DEPTH = 8;

  private final Map<String, Statement> statements;
  private final Set<String> namespaces;

  private MyBatisMappers(Map<String, Statement> statements, Set<String> namespaces) {
    this.statements = Map.copyOf(statements);
    this.namespaces = Set.copyOf(namespaces);
  }

  /** The statements of mapper method {@code method}, looked up under each of these type names in turn. */
  public Optional<Statement> statement(Collection<String> typeNames, String method) {
    for (String type : typeNames) {
      Statement s = statements.get(normalise(type) + "#" + method);
      if (s != null) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when a mapper XML file names this type as its namespace: the type is a MyBatis mapper. */
  public boolean isMapper(String typeName) {
    return namespaces.contains(normalise(typeName));
  }

  /** Every statement read, in no particular order. */
  public Collection<Statement> all() {
    return statements.values();
  }

  private static String normalise(String typeName) {
    return typeName.replace('$', '.');
  }

  // ---- reading -------------------------------------------------------------------------------

  /** A piece of a statement's text: literal SQL, or the fragment an {@code <include>} names. */
  private record Piece(String text, String include) {}

  /** A statement or {@code <sql>} fragment as read, before its includes are resolved. */
  private record Raw(String namespace, String id, String element, List<Piece> pieces, Location location) {}

  /**
   * Reads the mapper XML files under {@code roots} (directories, or single files); {@code base}
   * is the directory problems' file names are relative to.
   */
  public static MyBatisMappers read(List<Path> roots, Path base, Consumer<Problem> problems) {
    if (roots.isEmpty()) {
      return NONE;
    }
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (Files.isRegularFile(abs)) {
        files.add(abs);
      } else if (Files.isDirectory(abs)) {
        try (Stream<Path> walk = Files.walk(abs)) {
          walk.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml") && Files.isRegularFile(p))
              .map(p -> p.toAbsolutePath().normalize())
              .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(base, abs), 0, 0),
              "resources.unlisted", e.getMessage()));
        }
      } else {
        problems.accept(Problem.of(Problem.Kind.SOURCE, new Location(Location.displayPath(base, abs), 0, 0),
            "resources.missing"));
      }
    }
    List<Raw> raws = new ArrayList<>();
    Set<String> namespaces = new TreeSet<>();
    for (Path file : files) {
      String shown = Location.displayPath(base, file);
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.accept(Problem.of(Problem.Kind.UNPARSEABLE_FILE, new Location(shown, 0, 0),
            "mapper.unreadable", e.getMessage()));
        continue;
      }
      if (!new String(bytes, StandardCharsets.ISO_8859_1).contains("<mapper")) {
        continue; // logback.xml, Spring contexts...: not a mapper, not our business
      }
      try {
        List<Raw> read = new ArrayList<>();
        String namespace = parse(bytes, shown, read);
        if (namespace != null) {
          namespaces.add(normalise(namespace));
          raws.addAll(read);
        }
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNumber());
        problems.accept(Problem.of(Problem.Kind.UNPARSEABLE_FILE, new Location(shown, line, column),
            "mapper.malformed", reason(e)));
      }
    }
    return resolve(raws, namespaces);
  }

  /** The parser's own words, without the position it prefixes them with. */
  private static String reason(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int at = m.indexOf("Message: ");
    return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own parser, whatever the class path holds
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // should anything still ask for an external resource, it gets nothing rather than a connection
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
    return factory;
  }

  /** Reads one file's statements and fragments into {@code into}; its namespace, or null when it is no mapper. */
  private static String parse(byte[] bytes, String shown, List<Raw> into) throws XMLStreamException {
    XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
    try {
      while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog: declaration, comments, the DOCTYPE (not followed)
      }
      if (!r.isStartElement() || !r.getLocalName().equals("mapper")) {
        return null;
      }
      String namespace = r.getAttributeValue(null, "namespace");
      if (namespace == null || namespace.isBlank()) {
        return null;
      }
      namespace = namespace.strip();
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = r.getLocalName();
          String id = r.getAttributeValue(null, "id");
          Location at = new Location(shown, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
          List<Piece> pieces = new ArrayList<>();
          content(r, pieces);
          if (id != null && (element.equals("sql") || kind(element) != null)) {
            into.add(new Raw(namespace, id.strip(), element, pieces, at));
          }
        }
      }
      return namespace;
    } finally {
      r.close();
    }
  }

  /** Skips the element the reader is at the start of, up to and including its end tag. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /**
   * Reads an element's content up to its end tag: text, nested dynamic elements' text, and
   * includes; a {@code <selectKey>} is left out.
   */
  private static void content(XMLStreamReader r, List<Piece> pieces) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (r.getLocalName().equals("selectKey")) {
            skip(r); // the query that fetches a generated key, run before or after the statement: not its SQL
            pieces.add(new Piece(" ", null));
            continue;
          }
          depth++;
          if (r.getLocalName().equals("include")) {
            String refid = r.getAttributeValue(null, "refid");
            if (refid != null) {
              pieces.add(new Piece(null, refid.strip()));
            }
          }
          pieces.add(new Piece(" " + keyword(r) + " ", null)); // <if> and <where> separate words as MyBatis does
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          pieces.add(new Piece(" ", null));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            pieces.add(new Piece(r.getText(), null));
        default -> { }
      }
    }
  }

  /**
   * The keyword a dynamic element puts before its content when MyBatis renders it: {@code WHERE}
   * for {@code <where>}, {@code SET} for {@code <set>}, a {@code <trim>}'s {@code prefix}; none for the others.
   */
  private static String keyword(XMLStreamReader r) {
    return switch (r.getLocalName()) {
      case "where" -> "WHERE";
      case "set" -> "SET";
      case "trim" -> {
        String prefix = r.getAttributeValue(null, "prefix");
        yield prefix == null ? "" : prefix.strip();
      }
      default -> "";
    };
  }

  /**
   * What a statement's SQL does, by its first keyword: a {@code <delete>} whose SQL is {@code UPDATE
   * ... SET del_flag = '2'} is a soft delete, an update; empty when the SQL starts otherwise (a
   * stored procedure call, a dynamic element left empty), and the element's tag decides.
   */
  public static Optional<Kind> kindOf(String sql) {
    java.util.regex.Matcher m = FIRST_KEYWORD.matcher(sql);
    if (!m.find()) {
      return Optional.empty();
    }
    return switch (m.group(1).toUpperCase(Locale.ROOT)) {
      case "INSERT", "REPLACE", "MERGE" -> Optional.of(Kind.INSERT);
      case "UPDATE" -> Optional.of(Kind.UPDATE);
      case "DELETE", "TRUNCATE" -> Optional.of(Kind.DELETE);
      case "SELECT" -> Optional.of(Kind.SELECT);
      default -> Optional.empty();
    };
  }

  /** The statement's first word, after comments and opening parentheses. */
  private static final java.util.regex.Pattern FIRST_KEYWORD =
      java.util.regex.Pattern.compile("\\A(?:\\s|\\(|/\\*.*?\\*/|--[^\\n]*(?:\\n|\\z))*([A-Za-z]+)", java.util.regex.Pattern.DOTALL);

  private static Kind kind(String element) {
    return switch (element) {
      case "insert" -> Kind.INSERT;
      case "update" -> Kind.UPDATE;
      case "delete" -> Kind.DELETE;
      case "select" -> Kind.SELECT;
      default -> null;
    };
  }

  /** Replaces includes by their fragments' text and indexes the statements by mapper method. */
  private static MyBatisMappers resolve(List<Raw> raws, Set<String> namespaces) {
    Map<String, Raw> fragments = new HashMap<>();
    for (Raw raw : raws) {
      if (raw.element().equals("sql")) {
        fragments.putIfAbsent(raw.namespace() + "." + raw.id(), raw);
      }
    }
    Map<String, Statement> statements = new LinkedHashMap<>();
    for (Raw raw : raws) {
      Kind tag = kind(raw.element());
      if (tag != null) {
        String sql = text(raw, fragments, 0).replaceAll("\\s+", " ").strip();
        statements.putIfAbsent(normalise(raw.namespace()) + "#" + raw.id(),
            new Statement(raw.namespace(), raw.id(), kindOf(sql).orElse(tag), sql, raw.location()));
      }
    }
    return new MyBatisMappers(statements, namespaces);
  }

  private static String text(Raw raw, Map<String, Raw> fragments, int depth) {
    StringBuilder sql = new StringBuilder();
    for (Piece p : raw.pieces()) {
      if (p.text() != null) {
        sql.append(p.text());
      } else if (depth < MAX_INCLUDE_DEPTH) {
        // a refid is the fragment's id in the same mapper, or namespace-qualified
        Raw fragment = fragments.get(raw.namespace() + "." + p.include());
        if (fragment == null) {
          fragment = fragments.get(p.include());
        }
        if (fragment != null) {
          sql.append(' ').append(text(fragment, fragments, depth + 1)).append(' ');
        }
      }
    }
    return sql.toString();
  }
}
