package dev.retort.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * One timed run.
 *
 * @param nanos how long it took
 * @param peakHeap the heap's peak during the run, from the JVM's memory pool beans (the sum of
 * the heap pools' peaks, which also counts garbage not yet collected)
 * @param allocated the bytes the running thread allocated
 */
record Sample(long nanos, long peakHeap, long allocated) {

	@FunctionalInterface
	interface Run {

		void run() throws Exception;

	}

	/** Runs after a full collection, with the pools' peaks reset, so that the peak is this run's. */
	static Sample measure(Run run) throws Exception {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long allocatedBefore = allocatedBytes();
		long started = System.nanoTime();
		run.run();
		long nanos = System.nanoTime() - started;
		return new Sample(nanos, currentPeakHeap(), allocatedBytes() - allocatedBefore);
	}

	static long currentPeakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

	double millis() {
		return this.nanos / 1e6;
	}

}
