import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumSet;
import org.neverout.benchmarks.BenchmarkModels;
import org.neverout.engine.*;
import org.neverout.model.Model;

public class CpuAB {
    public static void main(String[] a) {
        String graph = a[0]; int services = Integer.parseInt(a[1]); int order = Integer.parseInt(a[2]); int runs = Integer.parseInt(a[3]);
        Model model = BenchmarkModels.withServices(BenchmarkModels.topology(graph), services, 42);
        CompiledModel compiled = CompiledModel.compile(model);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < runs; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            AnalysisResult res = CutSetEngine.analyze(compiled, new AnalysisQuestion(order, EnumSet.of(EventKind.NODE, EventKind.LINK), 1, 0, null), ProgressListener.NONE);
            long t1 = mx.getCurrentThreadCpuTime();
            sb.append(String.format("%.0f ", (t1 - t0) / 1e6));
        }
        System.out.println(sb);
    }
}
