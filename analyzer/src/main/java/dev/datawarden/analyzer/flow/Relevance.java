package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.fact.FieldKey;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtNewClass;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtArrayTypeReference;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.CtScanner;

/**
 * Where declared data can enter the analysed code, found by reading each method once without
 * following anything, so that the engine analyses only the methods data can reach.
 *
 * <p>A method is a <em>seed</em> when its own code can bring declared data in: a parameter declared
 * as data, a read of a declared field (or a call of an accessor named after one), a call of a
 * method named like a declared or catalogued source, or a value of a type that carries declared
 * data at a call or a string concatenation (where the engine looks at what a value's type carries
 * or prints). Every test here is looser than the engine's own: a seed the engine finds nothing in
 * costs one analysis, a missed one would cost a flow.
 *
 * <p>The rest of the way data travels is only known while the engine runs, and this class indexes
 * the code for it: the methods that read a field (a read of it, or a call of an accessor Lombok or a
 * record generates for it, keyed as the engine keys fields), and the methods that use another
 * method without calling it (a method reference to it, or a value converted to a string by it when
 * it is a {@code toString}).
 */
final class Relevance {
  private final Knowledge knowledge;
  private final Set<String> sourceFieldNames;
  private final Set<String> sourceMethodNames;
  private final Set<CtExecutable<?>> seeds = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The methods that read each field ({@code Type#name}), directly or through an accessor without code. */
  private final Map<FieldKey, IdentityOrder<CtExecutable<?>, Void>> readers = new HashMap<>();
  private final Map<CtExecutable<?>, IdentityOrder<CtExecutable<?>, Void>> implicitUsers = new IdentityHashMap<>();
  private final Map<CtType<?>, CtMethod<?>> printers = new IdentityHashMap<>();

  Relevance(Knowledge knowledge, CallGraph callGraph) {
    this.knowledge = knowledge;
    this.sourceFieldNames = knowledge.sourceFieldNames();
    this.sourceMethodNames = knowledge.sourceMethodNames();
    for (CtExecutable<?> method : callGraph.executables()) {
      read(method, callGraph);
    }
  }

  /** True when the method's own code can bring declared data in. */
  boolean isSeed(CtExecutable<?> method) {
    return seeds.contains(method);
  }

  /** Calls {@code action} with each method that reads a field ({@code Type#name}), as the engine keys fields. */
  void forEachReader(FieldKey field, java.util.function.Consumer<CtExecutable<?>> action) {
    IdentityOrder<CtExecutable<?>, Void> found = readers.get(field);
    if (found != null) {
      found.forEachKey(action);
    }
  }

  /** Calls {@code action} with each method that refers to {@code method} without calling it: method references, implicit {@code toString}. */
  void forEachImplicitUser(CtExecutable<?> method, java.util.function.Consumer<CtExecutable<?>> action) {
    IdentityOrder<CtExecutable<?>, Void> users = implicitUsers.get(method);
    if (users != null) {
      users.forEachKey(action);
    }
  }

  private void read(CtExecutable<?> method, CallGraph callGraph) {
    for (CtParameter<?> p : method.getParameters()) {
      if (!knowledge.parameterSources(p).isEmpty()) {
        seeds.add(method);
      }
    }
    if (method.getBody() == null) {
      return;
    }
    new CtScanner() {
      @Override
      public <T> void visitCtFieldRead(CtFieldRead<T> read) {
        String name = read.getVariable().getSimpleName();
        CtTypeReference<?> owner = read.getVariable().getDeclaringType();
        if (owner != null) {
          String type = owner.getQualifiedName();
          add(readers, new FieldKey(type, name), method);
          if (!knowledge.fieldSources(type, name).isEmpty()) {
            seeds.add(method);
          }
        }
        super.visitCtFieldRead(read);
      }

      @Override
      public void visitCtRecordPattern(spoon.reflect.code.CtRecordPattern pattern) {
        // Contact(var phone, var name) reads each component of the record it takes apart
        CtType<?> record = pattern.getRecordType() == null ? null : pattern.getRecordType().getTypeDeclaration();
        if (record instanceof spoon.reflect.declaration.CtRecord declared) {
          for (spoon.reflect.declaration.CtRecordComponent c : declared.getRecordComponents()) {
            add(readers, new FieldKey(declared.getQualifiedName(), c.getSimpleName()), method);
            if (!knowledge.fieldSources(declared.getQualifiedName(), c.getSimpleName()).isEmpty()) {
              seeds.add(method);
            }
          }
        }
        super.visitCtRecordPattern(pattern);
      }

      @Override
      public <T> void visitCtFieldWrite(CtFieldWrite<T> write) {
        // what is stored in a declared field decides whether it is stored encrypted
        CtTypeReference<?> owner = write.getVariable().getDeclaringType();
        if (owner != null && !knowledge.fieldSources(owner.getQualifiedName(), write.getVariable().getSimpleName()).isEmpty()) {
          seeds.add(method);
        }
        super.visitCtFieldWrite(write);
      }

      @Override
      public <T> void visitCtInvocation(CtInvocation<T> call) {
        calling(call, callGraph.declaration(call));
        CtExpression<?> receiver = call.getTarget();
        if (receiver != null && !(receiver instanceof CtTypeAccess<?>)) {
          valueSeen(receiver);
          accessor(call.getExecutable().getSimpleName(), call.getArguments().size(), knowledge.staticType(receiver));
        }
        super.visitCtInvocation(call);
      }

      @Override
      public <T> void visitCtConstructorCall(CtConstructorCall<T> call) {
        calling(call, callGraph.declaration(call));
        CtType<?> created = knowledge.declarationOf(call.getType());
        if (created != null && declaresData(created)) {
          seeds.add(method); // a constructor Lombok or a record generates stores into declared fields
        }
        super.visitCtConstructorCall(call);
      }

      @Override
      public <T> void visitCtNewClass(CtNewClass<T> call) {
        calling(call, callGraph.declaration(call));
        super.visitCtNewClass(call);
      }

      @Override
      public <T, E extends CtExpression<?>> void visitCtExecutableReferenceExpression(
          CtExecutableReferenceExpression<T, E> reference) {
        CtExecutableReference<?> ref = reference.getExecutable();
        if (ref != null) {
          CtExecutable<?> declaration = callGraph.declarationOf(ref);
          source(ref, declaration);
          accessor(ref.getSimpleName(), 0, ref.getDeclaringType());
          if (declaration != null) {
            add(implicitUsers, declaration, method);
          }
        }
        super.visitCtExecutableReferenceExpression(reference);
      }

      @Override
      public <T> void visitCtBinaryOperator(CtBinaryOperator<T> operator) {
        if (operator.getKind() == BinaryOperatorKind.PLUS) {
          valueSeen(operator.getLeftHandOperand());
          valueSeen(operator.getRightHandOperand());
        }
        super.visitCtBinaryOperator(operator);
      }

      private void calling(CtAbstractInvocation<?> call, CtExecutable<?> declaration) {
        if (call.getExecutable() != null) {
          source(call.getExecutable(), declaration);
        }
        for (CtExpression<?> argument : call.getArguments()) {
          valueSeen(argument);
        }
      }

      /** A call of, or a reference to, a method declared or catalogued as a source. */
      private void source(CtExecutableReference<?> ref, CtExecutable<?> declaration) {
        if (sourceMethodNames.contains(ref.getSimpleName()) && !knowledge.methodSources(ref, declaration).isEmpty()) {
          seeds.add(method);
        }
      }

      /**
       * A call that may be an accessor Lombok or a record generates for a field of {@code owner}:
       * it reads the field (the engine reads it when the accessor has no code in the model).
       */
      private void accessor(String name, int arguments, CtTypeReference<?> owner) {
        String setter = JavaBeans.setterProperty(name, arguments);
        if (setter != null && sourceFieldNames.contains(setter)) {
          CtType<?> type = knowledge.declarationOf(owner);
          if (type != null && type.getField(setter) != null
              && !knowledge.fieldSources(type.getQualifiedName(), setter).isEmpty()) {
            seeds.add(method); // a setter Lombok generates: stores into a declared field
          }
        }
        String property = JavaBeans.getterProperty(name, arguments);
        if (property == null) {
          return;
        }
        CtType<?> type = knowledge.declarationOf(owner);
        if (type != null && type.getField(property) != null) {
          add(readers, new FieldKey(type.getQualifiedName(), property), method);
          if (sourceFieldNames.contains(property) && !knowledge.fieldSources(type.getQualifiedName(), property).isEmpty()) {
            seeds.add(method);
          }
        }
      }

      /** A value the engine may ask what its type carries or prints. */
      private void valueSeen(CtExpression<?> value) {
        if (value == null) {
          return;
        }
        CtTypeReference<?> type = knowledge.staticType(value);
        if (type == null || type.isPrimitive()) {
          return;
        }
        if (!knowledge.carriedBy(type).isEmpty()) {
          seeds.add(method);
        }
        for (CtMethod<?> toString : printersOf(type, 0)) {
          add(implicitUsers, toString, method);
        }
      }
    }.scan(method.getBody());
  }

  private boolean declaresData(CtType<?> type) {
    return type.getFields().stream()
        .anyMatch(f -> !knowledge.fieldSources(type.getQualifiedName(), f.getSimpleName()).isEmpty());
  }

  /**
   * The analysed {@code toString} methods that print a value of this type, as the engine looks
   * for them: the type's or its nearest superclass's, and those of its array component and its type
   * arguments.
   */
  private List<CtMethod<?>> printersOf(CtTypeReference<?> type, int depth) {
    if (type == null || depth > 3) {
      return List.of();
    }
    if (type instanceof CtArrayTypeReference<?> array) {
      return printersOf(array.getComponentType(), depth + 1);
    }
    List<CtMethod<?>> found = new ArrayList<>(1);
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      found.addAll(printersOf(argument, depth + 1));
    }
    CtType<?> declaration = knowledge.declarationOf(type);
    if (declaration != null) {
      CtMethod<?> printer = printers.computeIfAbsent(declaration, this::printerOf);
      if (printer != null) {
        found.add(printer);
      }
    }
    return found;
  }

  /** The analysed {@code toString} with code that prints a value of this type, as the engine finds it. */
  private CtMethod<?> printerOf(CtType<?> declaration) {
    CtType<?> printing = knowledge.printingType(declaration);
    return printing == null ? null : Knowledge.writtenToString(printing);
  }

  private static <K> void add(Map<K, IdentityOrder<CtExecutable<?>, Void>> index, K key, CtExecutable<?> method) {
    index.computeIfAbsent(key, k -> new IdentityOrder<>()).add(method);
  }
}
