package org.neverout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neverout.control.ControlJson;
import org.neverout.control.ControlReport;
import org.neverout.control.ServiceControl;
import org.neverout.engine.AnalysisResult;
import org.neverout.engine.CompiledModel;
import org.neverout.engine.EventKind;
import org.neverout.engine.Finding;
import org.neverout.engine.NeverOutVerdict;
import org.neverout.engine.ServiceResult;
import org.neverout.model.Model;

/**
 * The JSON of {@code analyze} as it was built before streaming (a whole tree of maps and lists, then
 * {@link Json#write}): the reference the streamed {@link AnalysisJson} must reproduce byte for byte.
 */
final class AnalysisJsonTree {
    private AnalysisJsonTree() {
    }

    static Map<String, Object> of(Model model, CompiledModel compiled, AnalysisResult result,
                                  Map<String, NeverOutVerdict> verdicts, List<Finding> findings, ControlReport control) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", result.model());
        root.put("order", result.order());
        root.put("events", result.kinds().stream().sorted().map(EventKind::token).toList());
        root.put("basic_events", compiled.events().size());
        root.put("complete", result.complete());
        if (!result.complete()) {
            root.put("incomplete_reason", result.incompleteReason());
        }
        List<Object> services = new ArrayList<>();
        for (ServiceResult s : result.services()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", s.id());
            o.put("up", s.up());
            o.put("complete", s.complete());
            if (!s.complete()) {
                o.put("incomplete_reason", s.incompleteReason());
            }
            o.put("cut_sets", s.cutSets());
            NeverOutVerdict v = verdicts.get(s.id());
            o.put("verdict", v.status().token());
            o.put("resilience", v.resilience());
            o.put("resilience_at_least", v.resilienceAtLeast());
            ServiceControl c = controlOf(control, s.id());
            if (c != null) {
                o.put("controlled", c.controlled());
                o.put("owned", c.owned());
            }
            services.add(o);
        }
        root.put("services", services);
        root.put("findings", findings(findings));
        root.put("control", ControlJson.toJson(control));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("model_file", model.source().file());
        run.put("model_sha256", model.source().sha256());
        run.put("scenarios", result.scenariosEvaluated());
        run.put("elapsed_ms", result.elapsed().toMillis());
        root.put("run", run);
        return root;
    }

    private static ServiceControl controlOf(ControlReport control, String id) {
        for (ServiceControl c : control.services()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    static List<Object> findings(List<Finding> findings) {
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", f.kind());
            o.put("cut_set", f.cutSet());
            o.put("services", f.services());
            o.put("vital", f.vital());
            o.put("users", f.users());
            o.put("severity", f.severity().token());
            o.put("message", f.message());
            list.add(o);
        }
        return list;
    }
}
