package dev.datawarden.analyzer.rules.transfer;

import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.rule.RuleContext;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;

/**
 * What the transfer rules ask about a flow's way to its sink: whether a transfer record is kept on
 * it, and whether a declaration (a risk assessment) covers it. One per analysis ({@link #of}); the
 * list of what is provided to others asks it too, through {@code RulePack.dataHandling}.
 */
public final class Transfers {
  private final Flows flows;
  private final Knowledge knowledge;
  private final CallGraph callGraph;
  private final Map<CtExecutable<?>, Boolean> recordsTransfer = new IdentityHashMap<>();

  private Transfers(Flows flows) {
    this.flows = flows;
    this.knowledge = flows.knowledge();
    this.callGraph = flows.callGraph();
  }

  static Transfers of(RuleContext context) {
    return context.shared(Transfers.class, () -> new Transfers(context.flows()));
  }

  /** The transfer questions of an analysis's flows, for the registry's {@code dataHandling}. */
  public static Transfers of(Flows flows) {
    return new Transfers(flows);
  }

  /**
   * A chain of methods from an entry point (or from a method nothing calls) to the flow's sink
   * call on which no method calls a {@code @TransferLog}, or empty when every such chain records
   * the transfer. The methods the data went through count; so do their callers.
   */
  public Optional<List<CtExecutable<?>>> unrecordedChain(Flow flow) {
    for (CtExecutable<?> m : flow.chain()) {
      if (recordsTransfer(m)) {
        return Optional.empty();
      }
    }
    return flows.callGraph().chainFromEntry(flow.head(), site -> recordsTransfer(site.caller())).map(up -> {
      List<CtExecutable<?>> chain = new ArrayList<>(up);
      chain.addAll(flow.chain().subList(1, flow.chain().size()));
      return chain;
    });
  }

  /** True when the method calls a {@code @TransferLog} method (annotated or catalogued). */
  private boolean recordsTransfer(CtExecutable<?> method) {
    return recordsTransfer.computeIfAbsent(method, m -> {
      for (CallGraph.CallSite site : callGraph.calls(m)) {
        CtAbstractInvocation<?> call = site.call();
        if (knowledge.has(call, callGraph.declaration(call), Role.TRANSFER_LOG)) {
          return true;
        }
      }
      return false;
    });
  }

  /** True when the sink, its type, or a method the data went through (or its type) declares {@code role}. */
  boolean coveredBy(Flow flow, Role role) {
    if (flow.sink().declaration() != null && flow.sink().declaration().role() == role) {
      return true;
    }
    for (CtExecutable<?> m : flow.chain()) {
      if (knowledge.declares(m, role)) {
        return true;
      }
      CtType<?> type = m.getParent(CtType.class);
      if (type != null && knowledge.declares(type, role)) {
        return true;
      }
    }
    if (flow.sinkCall() instanceof CtAbstractInvocation<?> call) {
      CtExecutable<?> declaration = callGraph.declaration(call);
      if (Knowledge.inModel(declaration)) {
        CtType<?> type = declaration.getParent(CtType.class);
        return knowledge.declares(declaration, role) || (type != null && knowledge.declares(type, role));
      }
      return knowledge.has(call, declaration, role);
    }
    return false;
  }

}
