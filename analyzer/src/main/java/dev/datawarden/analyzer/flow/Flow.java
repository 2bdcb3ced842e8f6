package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import java.util.List;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;

/**
 * One way declared data reaches a sink: the source, the sink call in the analysed code, the path
 * between them, and the chain of methods the data went through, from the method where it entered
 * (where the source was read) down to the one that makes the sink call.
 */
public record Flow(
    Source source,
    boolean encrypted,
    Sink sink,
    CtElement sinkCall,
    Location sinkLocation,
    List<PathStep> path,
    List<CtExecutable<?>> chain) {

  public Flow {
    path = List.copyOf(path);
    chain = List.copyOf(chain);
  }

  /** The method where the data entered the chain: its callers decide whether it runs. */
  public CtExecutable<?> head() {
    return chain.get(0);
  }
}
