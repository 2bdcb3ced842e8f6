package dev.datawarden.maven;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a module needs so that it still compiles once {@code annotate} has inserted annotations in its
 * sources: the {@code datawarden-annotations} dependency. It is there already (on the compile class
 * path, declared or inherited), or it can be added to the module's {@code pom.xml} (inserted as
 * text where the parsed pom says the project's {@code <dependencies>} end, so the rest of the file
 * stays byte for byte as it was), or the pom says something that makes an edit a guess (declared with
 * another scope, managed with a test scope, a pom that does not parse): then the module is not
 * annotated and the log says what to add where.
 */
final class AnnotationsDependency {
  static final String GROUP_ID = "dev.datawarden";
  static final String ARTIFACT_ID = "datawarden-annotations";

  /** What to do: nothing, write {@code after} into the pom, or stop and tell ({@code reason}). */
  record Decision(boolean present, String after, String reason, String snippet) {
    static Decision alreadyThere() {
      return new Decision(true, null, null, null);
    }

    boolean blocked() {
      return !present && after == null;
    }
  }

  private AnnotationsDependency() {}

  /** The decision for {@code project}, whose pom reads {@code pom}, adding {@code version} when nothing manages it. */
  static Decision decide(MavenProject project, String pom, String version) {
    for (Artifact a : project.getArtifacts()) {
      if (GROUP_ID.equals(a.getGroupId()) && ARTIFACT_ID.equals(a.getArtifactId())
          && (a.getScope() == null || a.getScope().equals("compile") || a.getScope().equals("provided")
              || a.getScope().equals("system"))) {
        return Decision.alreadyThere();
      }
    }
    String full = snippet(version, "");
    for (Dependency d : project.getDependencies()) {
      if (GROUP_ID.equals(d.getGroupId()) && ARTIFACT_ID.equals(d.getArtifactId())) {
        return new Decision(false, null, "scope:" + d.getScope(), full);
      }
    }
    String managedVersion = null;
    if (project.getDependencyManagement() != null) {
      for (Dependency d : project.getDependencyManagement().getDependencies()) {
        if (GROUP_ID.equals(d.getGroupId()) && ARTIFACT_ID.equals(d.getArtifactId())) {
          if (d.getScope() != null && !d.getScope().equals("compile") && !d.getScope().equals("provided")) {
            return new Decision(false, null, "managedScope:" + d.getScope(), full);
          }
          managedVersion = d.getVersion();
        }
      }
    }
    String indentUnit = indentUnit(pom);
    String snippet = snippet(managedVersion == null ? version : null, indentUnit);
    Optional<String> after = insert(pom, snippet, indentUnit);
    if (after.isEmpty()) {
      return new Decision(false, null, "pom", full);
    }
    return new Decision(false, after.get(), null, snippet(managedVersion == null ? version : null, "  "));
  }

  /** The dependency element, its lines indented by {@code unit} steps below the {@code <dependency>} line. */
  static String snippet(String version, String unit) {
    String u = unit.isEmpty() ? "  " : unit;
    return "<dependency>\n" + u + "<groupId>" + GROUP_ID + "</groupId>\n" + u + "<artifactId>" + ARTIFACT_ID
        + "</artifactId>\n" + (version == null ? "" : u + "<version>" + version + "</version>\n") + "</dependency>";
  }

  /**
   * The pom with {@code snippet} as the last of the project's dependencies (a {@code <dependencies>}
   * element added before {@code <build>}, or at the end, when there is none); empty when the pom does not
   * parse, or the result would not hold exactly one more dependency.
   */
  static Optional<String> insert(String pom, String snippet, String unit) {
    Optional<int[]> tags = projectDependencies(pom);
    if (tags.isEmpty()) {
      return Optional.empty();
    }
    int[] at = tags.get();
    String eol = pom.contains("\r\n") ? "\r\n" : "\n";
    String after;
    if (at[0] >= 0) {
      // before </dependencies>, one unit deeper than it
      int lineStart = pom.lastIndexOf('\n', at[0] - 1) + 1;
      String closingIndent = leading(pom, lineStart);
      boolean alone = pom.substring(lineStart, at[0]).isBlank();
      String indent = closingIndent + unit;
      String block = indented(snippet, indent, eol);
      after = alone ? pom.substring(0, lineStart) + indent + block + eol + pom.substring(lineStart)
          : pom.substring(0, at[0]) + eol + indent + block + eol + closingIndent + pom.substring(at[0]);
    } else {
      int insertAt = at[1];
      int lineStart = pom.lastIndexOf('\n', insertAt - 1) + 1;
      boolean alone = pom.substring(lineStart, insertAt).isBlank();
      // before <build>: at its indentation; before </project>: one step deeper than it
      String indent = !alone ? unit : leading(pom, lineStart) + (pom.startsWith("</project>", insertAt) ? unit : "");
      String block = indent + "<dependencies>" + eol + indent + unit + indented(snippet, indent + unit, eol) + eol
          + indent + "</dependencies>" + eol;
      after = alone ? pom.substring(0, lineStart) + block + pom.substring(lineStart)
          : pom.substring(0, insertAt) + eol + block + pom.substring(insertAt);
    }
    return count(after) == count(pom) + 1 ? Optional.of(after) : Optional.empty();
  }

  /** Every line of the snippet after the first indented by {@code indent}. */
  private static String indented(String snippet, String indent, String eol) {
    return snippet.replace("\n", eol + indent);
  }

  /**
   * Where the project's own {@code </dependencies>} starts (not those of {@code dependencyManagement},
   * a plugin or a profile), or -1 with, second, where a new {@code <dependencies>} goes (the project's
   * {@code <build>}, else its {@code </project>}); empty for a pom that cannot be scanned safely.
   */
  static Optional<int[]> projectDependencies(String pom) {
    Pattern token = Pattern.compile("<!--.*?-->|<\\?.*?\\?>|<!\\[CDATA\\[.*?]]>|<!DOCTYPE[^>]*>|<(/?)([\\w:.-]+)([^>]*?)(/?)>",
        Pattern.DOTALL);
    Matcher m = token.matcher(pom);
    Deque<String> path = new ArrayDeque<>();
    int closing = -1;
    int build = -1;
    int projectEnd = -1;
    while (m.find()) {
      if (m.group(2) == null) {
        if (m.group().startsWith("<!DOCTYPE") || m.group().startsWith("<![CDATA[")) {
          return Optional.empty(); // entities or character data in a pom: too unusual to edit
        }
        continue;
      }
      String name = m.group(2);
      boolean end = !m.group(1).isEmpty();
      boolean empty = !m.group(4).isEmpty();
      if (end) {
        if (path.isEmpty() || !path.peek().equals(name)) {
          return Optional.empty();
        }
        path.pop();
        if (path.size() == 1 && name.equals("dependencies")) {
          closing = m.start();
        } else if (path.isEmpty() && name.equals("project")) {
          projectEnd = m.start();
        }
      } else {
        if (path.size() == 1 && name.equals("dependencies") && empty) {
          return Optional.empty();
        }
        if (path.size() == 1 && name.equals("build") && build < 0) {
          build = m.start();
        }
        if (!empty) {
          path.push(name);
        }
      }
    }
    if (!path.isEmpty() || projectEnd < 0) {
      return Optional.empty();
    }
    return Optional.of(new int[] {closing, build >= 0 ? build : projectEnd});
  }

  /** The project's dependencies on {@code datawarden-annotations}, counted by an XML parser; -1 when it does not parse. */
  private static int count(String pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element project = factory.newDocumentBuilder().parse(new InputSource(new StringReader(pom))).getDocumentElement();
      int n = 0;
      for (Element deps : children(project, "dependencies")) {
        for (Element dep : children(deps, "dependency")) {
          if (children(dep, "artifactId").stream().anyMatch(a -> a.getTextContent().trim().equals(ARTIFACT_ID))) {
            n++;
          }
        }
      }
      return n;
    } catch (Exception e) {
      return -1;
    }
  }

  private static java.util.List<Element> children(Element parent, String name) {
    java.util.List<Element> found = new java.util.ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && (name.equals(e.getLocalName()) || name.equals(e.getTagName()))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The indentation step of the pom: that of the project's first child element, two spaces by default. */
  static String indentUnit(String pom) {
    Matcher m = Pattern.compile("\\n([ \\t]+)<(modelVersion|groupId|artifactId|parent)\\b").matcher(pom);
    return m.find() ? m.group(1) : "  ";
  }

  private static String leading(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return text.substring(lineStart, i);
  }
}
