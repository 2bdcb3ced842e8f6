package dev.datawarden.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The annotations dependency is added to a pom as text where the parsed pom says, or the module is left alone. */
class AnnotationsDependencyTest {
  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project>
      \t<modelVersion>4.0.0</modelVersion>
      \t<artifactId>web</artifactId>
      \t<dependencyManagement>
      \t\t<dependencies>
      \t\t\t<dependency><groupId>x</groupId><artifactId>y</artifactId><version>1</version></dependency>
      \t\t</dependencies>
      \t</dependencyManagement>
      \t<dependencies>
      \t\t<!-- ours -->
      \t\t<dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>
      \t</dependencies>
      \t<build>
      \t\t<plugins><plugin><artifactId>p</artifactId><dependencies><dependency/></dependencies></plugin></plugins>
      \t</build>
      </project>
      """;

  @Test
  void theProjectsOwnDependenciesGetItInTheirStyle() {
    // contract: not the managed list nor a plugin's; the file's tabs and everything else stay
    String after = AnnotationsDependency.insert(POM, AnnotationsDependency.snippet("1.2", "\t"), "\t").orElseThrow();
    assertEquals(POM.replace("""
        \t\t<dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>
        \t</dependencies>
        \t<build>""", """
        \t\t<dependency><groupId>x</groupId><artifactId>y</artifactId></dependency>
        \t\t<dependency>
        \t\t\t<groupId>dev.datawarden</groupId>
        \t\t\t<artifactId>datawarden-annotations</artifactId>
        \t\t\t<version>1.2</version>
        \t\t</dependency>
        \t</dependencies>
        \t<build>"""), after);
    assertEquals("\t", AnnotationsDependency.indentUnit(POM));
  }

  @Test
  void aPomWithoutDependenciesGetsTheListBeforeItsBuild() {
    String pom = "<project>\n  <artifactId>a</artifactId>\n  <build/>\n</project>\n";
    assertEquals("<project>\n  <artifactId>a</artifactId>\n  <dependencies>\n    <dependency>\n"
        + "      <groupId>dev.datawarden</groupId>\n      <artifactId>datawarden-annotations</artifactId>\n"
        + "    </dependency>\n  </dependencies>\n  <build/>\n</project>\n",
        AnnotationsDependency.insert(pom, AnnotationsDependency.snippet(null, "  "), "  ").orElseThrow());
  }

  @Test
  void whatCannotBeEditedSafelyIsLeftAlone() {
    assertEquals(Optional.empty(), AnnotationsDependency.insert("<project><dependencies/></project>", "<dependency/>", "  "));
    assertEquals(Optional.empty(), AnnotationsDependency.insert("<project><a></project>", "<dependency/>", "  "));
    assertEquals(Optional.empty(), AnnotationsDependency.insert(
        "<!DOCTYPE project [<!ENTITY e 'x'>]><project></project>", "<dependency/>", "  "));
  }

  @Test
  void aDeclarationWithAnotherScopeOrATestManagedScopeBlocksTheModule() {
    Model model = new Model();
    Dependency test = annotations();
    test.setScope("test");
    model.addDependency(test);
    AnnotationsDependency.Decision declared = AnnotationsDependency.decide(new MavenProject(model), POM, "1.2");
    assertTrue(declared.blocked());
    assertEquals("scope:test", declared.reason());

    Model managed = new Model();
    managed.setDependencyManagement(new DependencyManagement());
    managed.getDependencyManagement().addDependency(test);
    assertEquals("managedScope:test", AnnotationsDependency.decide(new MavenProject(managed), POM, "1.2").reason());

    Model versioned = new Model();
    versioned.setDependencyManagement(new DependencyManagement());
    Dependency plain = annotations();
    plain.setVersion("9");
    versioned.getDependencyManagement().addDependency(plain);
    AnnotationsDependency.Decision d = AnnotationsDependency.decide(new MavenProject(versioned), POM, "1.2");
    assertNull(d.reason());
    assertTrue(!d.after().contains("<version>1.2</version>"), "the managed version applies");
  }

  private static Dependency annotations() {
    Dependency d = new Dependency();
    d.setGroupId(AnnotationsDependency.GROUP_ID);
    d.setArtifactId(AnnotationsDependency.ARTIFACT_ID);
    return d;
  }
}
