package com.yuyang.base.core.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes audit records off the request thread, in batches, in its own transaction, so a request that
 * fails (and rolls back) still leaves its entry. Nothing is dropped: a full queue makes the caller write
 * synchronously, a failing store falls back to the {@code yuyang.audit} log, and shutdown drains the queue.
 */
@Component
public class AuditWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final Logger fallback = LoggerFactory.getLogger("yuyang.audit");
    private static final int BATCH = 200;

    private final AuditSink sink;
    private final BlockingQueue<AuditRecord> queue = new LinkedBlockingQueue<>(10_000);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Thread worker;
    private volatile boolean running = true;

    public AuditWriter(AuditSink sink) {
        this.sink = sink;
        this.worker = new Thread(this::loop, "audit-writer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    public void submit(AuditRecord record) {
        inFlight.incrementAndGet();
        if (!queue.offer(record)) {
            store(List.of(record));
        }
    }

    /** Waits until everything submitted so far is stored (tests, backups before a dump). */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void loop() {
        List<AuditRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                AuditRecord first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                running = false;
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<AuditRecord> records) {
        try {
            sink.store(records);
        } catch (RuntimeException e) {
            log.warn("Audit store failed, {} record(s) written to the yuyang.audit log instead: {}", records.size(), e.toString());
            records.forEach(r -> fallback.info("{}", r));
        } finally {
            inFlight.addAndGet(-records.size());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        worker.join(5_000);
        List<AuditRecord> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            store(rest);
        }
    }
}
