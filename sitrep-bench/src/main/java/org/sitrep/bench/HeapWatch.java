package org.sitrep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of this JVM during a phase: the peak live heap, the most heap in use right after any
 * garbage collection, which is what the work needs (the heap in use at other times includes garbage
 * not yet collected and grows towards {@code -Xmx} whatever the work needs).
 *
 * <p>Listens to the JVM's garbage-collection notifications from construction on. Thread-safe.
 */
final class HeapWatch implements NotificationListener {

    private static final double MB = 1024.0 * 1024.0;

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakLive = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long live = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                live += e.getValue().getUsed();
            }
        }
        peakLive.accumulateAndGet(live, Math::max);
    }

    /** Starts a new phase: forgets the peaks seen so far (after a full collection). */
    void reset() {
        System.gc();
        peakLive.set(0);
    }

    /** The most heap in use after a collection since the last {@link #reset}, in MB. */
    double peakLiveMb() {
        return peakLive.get() / MB;
    }

    /** Heap in use right after a full collection, in MB. */
    static double usedAfterGcMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / MB;
    }
}
