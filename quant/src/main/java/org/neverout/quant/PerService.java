package org.neverout.quant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent per-service computations on several threads, results in service order. Each result
 * depends only on its own index, so the outcome is the same for any thread count; the threads claim the
 * next index from a shared counter, so uneven services (a big decision diagram next to small ones) do not
 * leave a thread idle.
 */
final class PerService {
    private PerService() {
    }

    /**
     * [f(0), ..., f(count - 1)] computed on at most {@code threads} threads (the caller's alone for one).
     * A failure of any f is rethrown (a runtime exception as itself).
     */
    static <T> List<T> map(int count, int threads, IntFunction<T> f) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                results[i] = f.apply(i);
            }
        };
        int workers = Math.max(1, Math.min(threads, count));
        if (workers == 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "neverout-quant");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("quantification interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("quantification failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }
}
