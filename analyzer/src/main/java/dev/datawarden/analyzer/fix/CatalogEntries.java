package dev.datawarden.analyzer.fix;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.rules.discovery.SuggestedAnnotation;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.serializer.Serializer;

/**
 * Adds suggested declarations to a catalog ({@code datawarden.yml}) as entries such as
 * {@code {field: "a.b.C#mobile", category: PHONE, purposes: [TODO], retention: TODO}}, merging them
 * with what the file already says: the file is read as a YAML node tree with its comments
 * (snakeyaml-engine's composer), the entries are appended to their section ({@code personalInfo} or
 * {@code sensitive}, added at the end when missing), and the tree is written back with its comments,
 * its key order and the style of each entry. A field the catalog already declares gets no second
 * entry, so running {@code annotate} again adds nothing.
 */
final class CatalogEntries {
  /** One suggested declaration of a field ({@code a.b.C#name}, nested types with {@code $}). */
  record Entry(String field, SuggestedAnnotation suggestion) {}

  /** A catalog this class cannot merge into (not YAML, not a mapping at the top): nothing is written. */
  static final class NotMergeable extends Exception {
    private static final long serialVersionUID = 1L;

    NotMergeable(String reason) {
      super(reason);
    }
  }

  /** The sections whose entries declare a field's data: one of them naming the field makes it declared. */
  private static final Set<String> DATA_SECTIONS = Set.of("personalInfo", "sensitive", "importantData");

  /**
   * The emitter writes a comment standing before a sequence item right after the item's {@code "- "},
   * and a flow collection after it at the start of the next line ({@code "- # HR\n{field: ...}"},
   * which is not even YAML). {@link #repairItemComments} puts such comments back above their item.
   */
  private static final Pattern COMMENTED_ITEM = Pattern.compile("^( *)- ?(#.*)?$");

  /** The comments an empty section's value carried, for the section's first new entry. */
  private static final String CARRIED_COMMENTS = "datawarden.carriedComments";

  private CatalogEntries() {}

  /**
   * The catalog text with {@code entries} added (those whose field it does not name yet), the first
   * new one under the comment {@code note}; {@code before} itself when there is nothing to add, and
   * a new catalog when {@code before} is empty.
   */
  static String merge(String before, List<Entry> entries, String note) throws NotMergeable {
    MappingNode root = read(before);
    Set<String> declared = declaredFields(root);
    Map<String, List<Entry>> bySection = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (!declared.contains(e.field()) && seen.add(e.field())) {
        bySection.computeIfAbsent(section(e.suggestion()), k -> new ArrayList<>()).add(e);
      }
    }
    if (bySection.isEmpty()) {
      return before;
    }
    boolean first = true;
    for (Map.Entry<String, List<Entry>> s : bySection.entrySet()) {
      SequenceNode list = sectionList(root, s.getKey());
      for (Entry e : s.getValue()) {
        Node node = entryNode(e);
        List<CommentLine> comments = new ArrayList<>();
        if (list.getValue().isEmpty() && list.getProperty(CARRIED_COMMENTS) instanceof List<?> carried) {
          carried.forEach(c -> comments.add((CommentLine) c));
        }
        if (first) {
          comments.add(new CommentLine(Optional.empty(), Optional.empty(), " " + note, CommentType.BLOCK));
          first = false;
        }
        if (!comments.isEmpty()) {
          node.setBlockComments(comments);
        }
        list.getValue().add(node);
      }
    }
    String after = write(root, sequenceIndent(before));
    if (!plain(read(after)).equals(plain(root))) {
      throw new NotMergeable("the merged catalog would not read back as written");
    }
    return before.contains("\r\n") ? after.replace("\n", "\r\n") : after;
  }

  /** The section of a suggestion: {@code personalInfo} or {@code sensitive}. */
  private static String section(SuggestedAnnotation s) {
    return s.kind() == SuggestedAnnotation.Kind.SENSITIVE ? "sensitive" : "personalInfo";
  }

  /** The catalog entry of a suggestion, in flow style as the README writes them. */
  private static Node entryNode(Entry e) {
    List<NodeTuple> tuples = new ArrayList<>();
    tuples.add(new NodeTuple(plainScalar("field"), new ScalarNode(Tag.STR, e.field(), ScalarStyle.DOUBLE_QUOTED)));
    tuples.add(new NodeTuple(plainScalar(e.suggestion().kind().attribute()), plainScalar(e.suggestion().category())));
    tuples.add(new NodeTuple(plainScalar("purposes"),
        new SequenceNode(Tag.SEQ, new ArrayList<>(List.of(plainScalar(Declaration.PLACEHOLDER))), FlowStyle.FLOW)));
    tuples.add(new NodeTuple(plainScalar("retention"), plainScalar(Declaration.PLACEHOLDER)));
    return new MappingNode(Tag.MAP, tuples, FlowStyle.FLOW);
  }

  private static ScalarNode plainScalar(String value) {
    return new ScalarNode(Tag.STR, value, ScalarStyle.PLAIN);
  }

  /** The list of a section, made when the catalog has none (or an empty one, {@code personalInfo:}). */
  private static SequenceNode sectionList(MappingNode root, String key) throws NotMergeable {
    List<NodeTuple> tuples = root.getValue();
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple t = tuples.get(i);
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        if (t.getValueNode() instanceof SequenceNode list) {
          return list;
        }
        if (t.getValueNode() instanceof ScalarNode empty && empty.getValue().isEmpty()) {
          SequenceNode list = new SequenceNode(Tag.SEQ, new ArrayList<>(), FlowStyle.BLOCK);
          // the emitter writes no comment on a block sequence itself: the empty value's comments go
          // above the first entry
          List<CommentLine> comments = new ArrayList<>();
          for (List<CommentLine> c : java.util.Arrays.asList(empty.getInLineComments(), empty.getEndComments())) {
            if (c != null) {
              c.forEach(l -> comments.add(new CommentLine(Optional.empty(), Optional.empty(), l.getValue(),
                  CommentType.BLOCK)));
            }
          }
          list.setProperty(CARRIED_COMMENTS, comments);
          tuples.set(i, new NodeTuple(t.getKeyNode(), list));
          return list;
        }
        throw new NotMergeable("'" + key + "' is not a list");
      }
    }
    SequenceNode list = new SequenceNode(Tag.SEQ, new ArrayList<>(), FlowStyle.BLOCK);
    tuples.add(new NodeTuple(plainScalar(key), list));
    return list;
  }

  /** The fields the data sections of the catalog name already. */
  private static Set<String> declaredFields(MappingNode root) {
    Set<String> fields = new LinkedHashSet<>();
    for (NodeTuple t : root.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && DATA_SECTIONS.contains(k.getValue())
          && t.getValueNode() instanceof SequenceNode list) {
        for (Node item : list.getValue()) {
          if (item instanceof MappingNode entry) {
            for (NodeTuple a : entry.getValue()) {
              if (a.getKeyNode() instanceof ScalarNode ak && ak.getValue().equals("field")
                  && a.getValueNode() instanceof ScalarNode v) {
                fields.add(v.getValue().trim());
              }
            }
          }
        }
      }
    }
    return fields;
  }

  /** The catalog's node tree, with its comments; an empty mapping for an empty text. */
  private static MappingNode read(String text) throws NotMergeable {
    if (text.isBlank()) {
      return new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
    }
    LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
    Optional<Node> root;
    try {
      root = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode();
    } catch (YamlEngineException e) {
      throw new NotMergeable(e.getMessage());
    }
    if (root.isEmpty()) {
      return new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      throw new NotMergeable("the catalog is not a mapping");
    }
    if (mapping.getFlowStyle() == FlowStyle.FLOW) {
      throw new NotMergeable("the catalog is one flow mapping");
    }
    return mapping;
  }

  /** The node tree as YAML, with its comments, sequence items indented by {@code indicatorIndent}. */
  private static String write(MappingNode root, int indicatorIndent) {
    DumpSettings settings = DumpSettings.builder()
        .setDumpComments(true)
        .setDefaultFlowStyle(FlowStyle.BLOCK)
        .setIndent(2)
        .setIndicatorIndent(indicatorIndent)
        .setIndentWithIndicator(indicatorIndent > 0)
        .setWidth(Integer.MAX_VALUE)
        .setSplitLines(false)
        .build();
    StringWriter out = new StringWriter();
    StreamDataWriter writer = new StreamDataWriter() {
      @Override
      public void write(String s) {
        out.write(s);
      }

      @Override
      public void write(String s, int off, int len) {
        out.write(s, off, len);
      }
    };
    Serializer serializer = new Serializer(settings, new Emitter(settings, writer));
    serializer.emitStreamStart();
    serializer.serializeDocument(root);
    serializer.emitStreamEnd();
    return repairItemComments(out.toString());
  }

  /**
   * Moves comments the emitter wrote after a sequence item's {@code "- "} back above the item, as they
   * stood: {@code "  - # c\n{a: b}"} becomes {@code "  # c\n  - {a: b}"}, and a blank line the
   * emitter wrote as {@code "  - "} becomes a blank line.
   */
  static String repairItemComments(String text) {
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = COMMENTED_ITEM.matcher(lines[i]);
      if (!m.matches()) {
        out.add(lines[i]);
        continue;
      }
      String indent = m.group(1);
      List<String> comments = new ArrayList<>();
      comments.add(m.group(2) == null ? "" : indent + m.group(2));
      int j = i + 1;
      while (j < lines.length && (lines[j].isBlank() || lines[j].stripLeading().startsWith("#"))) {
        comments.add(lines[j].isBlank() ? "" : indent + lines[j].strip());
        j++;
      }
      if (j >= lines.length) {
        out.add(lines[i]);
        continue;
      }
      String content = lines[j];
      int contentIndent = content.length() - content.stripLeading().length();
      if (contentIndent != 0 && contentIndent != indent.length() + 2) {
        out.add(lines[i]);
        continue;
      }
      out.addAll(comments);
      out.add(indent + "- " + content.stripLeading());
      i = j;
    }
    return String.join("\n", out);
  }

  /** How far the catalog indents a sequence's dashes under their key: 2 unless it writes them at the key's column. */
  private static int sequenceIndent(String text) {
    String[] lines = text.split("\r?\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].matches("[^\\s#][^:]*:\\s*(#.*)?") ) {
        for (int j = i + 1; j < lines.length; j++) {
          String l = lines[j];
          if (l.isBlank() || l.stripLeading().startsWith("#")) {
            continue;
          }
          if (l.startsWith("- ")) {
            return 0;
          }
          if (l.stripLeading().startsWith("- ")) {
            return 2;
          }
          break;
        }
      }
    }
    return 2;
  }

  /** A node tree as plain values (maps, lists, strings), to compare what was meant with what reads back. */
  private static Object plain(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    if (node instanceof SequenceNode seq) {
      return seq.getValue().stream().map(CatalogEntries::plain).toList();
    }
    if (node instanceof MappingNode map) {
      List<Object> pairs = new ArrayList<>();
      for (NodeTuple t : map.getValue()) {
        pairs.add(List.of(plain(t.getKeyNode()), plain(t.getValueNode())));
      }
      return pairs;
    }
    return String.valueOf(node);
  }
}
