/**
 * Finding revisions at run time: Java revisions of a package through the build-time index
 * written by {@link dev.retort.script.discovery.RevisionIndexProcessor} (or by scanning when no
 * index names the package), and {@code .sql} revisions under classpath or file locations.
 * <p>
 * The processor runs wherever retort-core is on the compile classpath. A build that lists
 * {@code annotationProcessorPaths} (maven-compiler-plugin) or uses {@code -proc:none} must add
 * retort-core to the processor path, or start-up falls back to scanning and logs so.
 */
package dev.retort.script.discovery;
