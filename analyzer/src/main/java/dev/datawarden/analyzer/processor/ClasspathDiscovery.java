package dev.datawarden.analyzer.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the class path of the compilation for the analysis, in this order: the
 * {@code -Adatawarden.classpath} option; the compiler's own, where it shows it (ecj); else it is
 * rebuilt from the types the sources use. javac does not show its class path to processors, but
 * its {@link Filer} reads from it: every type the sources name (in imports, signatures, supertypes
 * and annotations) and, transitively, the supertypes of those types, is looked up there, and the
 * jar or directory it came from joins the class path. Types used only inside method bodies and
 * never imported (written fully qualified) are not seen, nor is what only their jars need.
 */
final class ClasspathDiscovery {
  private final Set<String> sourceTypes = new HashSet<>();
  private final Set<String> referenced = new LinkedHashSet<>();

  /** Notes the types a root element declares and names; called in its round, while its elements are valid. */
  void note(TypeElement root, List<String> imports) {
    referenced.addAll(imports);
    try {
      declared(root);
    } catch (RuntimeException e) {
      // a type the compiler cannot complete: what was noted before it still counts
    }
  }

  /** The class path; empty when there is none to tell (the analysis then runs in no-class-path mode). */
  Optional<List<Path>> classpath(ProcessorOptions options, CompilerSupport compiler, Elements elements, Filer filer) {
    if (options.classpath().isPresent()) {
      return options.classpath();
    }
    Optional<List<Path>> fromCompiler = compiler.classpath();
    if (fromCompiler.isPresent()) {
      return fromCompiler;
    }
    return rebuild(elements, filer);
  }

  private Optional<List<Path>> rebuild(Elements elements, Filer filer) {
    Deque<TypeElement> work = new ArrayDeque<>();
    for (String name : referenced) {
      resolve(name, elements).ifPresent(work::add);
    }
    Set<Path> entries = new LinkedHashSet<>();
    Set<String> visited = new HashSet<>();
    boolean filerWorks = false;
    while (!work.isEmpty()) {
      TypeElement type = work.pop();
      String name = type.getQualifiedName().toString();
      if (!visited.add(name) || sourceTypes.contains(name) || inPlatformModule(type, elements)) {
        continue;
      }
      Optional<Path> entry;
      try {
        entry = locate(type, elements, filer);
        filerWorks = true;
      } catch (UnsupportedOperationException | IllegalArgumentException | IllegalStateException e) {
        return filerWorks ? Optional.of(new ArrayList<>(entries)) : Optional.empty(); // the filer cannot read the class path
      }
      if (entry.isPresent()) {
        entries.add(entry.get());
        supertypes(type).forEach(work::add);
      }
    }
    return filerWorks || referenced.isEmpty() ? Optional.of(new ArrayList<>(entries)) : Optional.empty();
  }

  /** The jar or directory a type's class file is read from; empty when it is not on the class path. */
  private static Optional<Path> locate(TypeElement type, Elements elements, Filer filer) {
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String binary = elements.getBinaryName(type).toString();
    String simple = (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)) + ".class";
    FileObject file;
    try {
      file = filer.getResource(StandardLocation.CLASS_PATH, packageName, simple);
    } catch (IOException e) {
      return Optional.empty();
    }
    String relative = (packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/") + simple;
    return entryOf(file.toUri(), relative);
  }

  static Optional<Path> entryOf(URI uri, String relative) {
    try {
      if ("jar".equalsIgnoreCase(uri.getScheme())) {
        String inner = uri.getRawSchemeSpecificPart();
        int separator = inner.indexOf("!/");
        return separator < 0 ? Optional.empty() : Optional.of(Path.of(URI.create(inner.substring(0, separator))));
      }
      if ("file".equalsIgnoreCase(uri.getScheme())) {
        Path file = Path.of(uri);
        Path root = file;
        for (int i = 0; i < Path.of(relative).getNameCount() && root != null; i++) {
          root = root.getParent();
        }
        return root != null && file.endsWith(relative) ? Optional.of(root) : Optional.empty();
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<TypeElement> resolve(String name, Elements elements) {
    if (name.endsWith(".*")) {
      String prefix = name.substring(0, name.length() - 2);
      PackageElement pkg = elements.getPackageElement(prefix);
      if (pkg != null) {
        // one type of the package is enough to find its jar
        return pkg.getEnclosedElements().stream()
            .filter(TypeElement.class::isInstance).map(TypeElement.class::cast).findFirst();
      }
      return Optional.ofNullable(elements.getTypeElement(prefix));
    }
    return Optional.ofNullable(elements.getTypeElement(name));
  }

  /** Types of the JDK's named modules are on the platform, not on the class path. */
  private static boolean inPlatformModule(TypeElement type, Elements elements) {
    try {
      ModuleElement module = elements.getModuleOf(type);
      return module != null && !module.isUnnamed();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> supertypes = new ArrayList<>();
    try {
      List<TypeMirror> mirrors = new ArrayList<>(type.getInterfaces());
      mirrors.add(type.getSuperclass());
      for (TypeMirror m : mirrors) {
        if (m instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
          supertypes.add(element);
        }
      }
    } catch (RuntimeException e) {
      // a supertype missing from the class path: the compiler reports it if it matters
    }
    return supertypes;
  }

  private void declared(TypeElement type) {
    sourceTypes.add(type.getQualifiedName().toString());
    annotations(type);
    mention(type.getSuperclass());
    type.getInterfaces().forEach(this::mention);
    type.getTypeParameters().forEach(this::typeParameter);
    for (Element member : type.getEnclosedElements()) {
      annotations(member);
      if (member instanceof TypeElement nested) {
        declared(nested);
      } else if (member instanceof ExecutableElement executable) {
        mention(executable.getReturnType());
        executable.getThrownTypes().forEach(this::mention);
        executable.getTypeParameters().forEach(this::typeParameter);
        for (VariableElement parameter : executable.getParameters()) {
          annotations(parameter);
          mention(parameter.asType());
        }
      } else {
        mention(member.asType());
      }
    }
  }

  private void typeParameter(TypeParameterElement parameter) {
    parameter.getBounds().forEach(this::mention);
  }

  private void annotations(Element element) {
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      mention(a.getAnnotationType());
    }
  }

  private void mention(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      referenced.add(element.getQualifiedName().toString());
      declared.getTypeArguments().forEach(this::mention);
    } else if (type instanceof ArrayType array) {
      mention(array.getComponentType());
    } else if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendsBound() != null) {
        mention(wildcard.getExtendsBound());
      }
      if (wildcard.getSuperBound() != null) {
        mention(wildcard.getSuperBound());
      }
    }
  }
}
