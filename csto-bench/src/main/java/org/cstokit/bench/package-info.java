/**
 * Benchmarks of CSTO Kit, not published: the synthetic transfer data sets
 * ({@link org.cstokit.bench.SyntheticTransfers}), the JMH benchmarks (classes named
 * {@code *Benchmark}), the heap and DuckDB side-by-side harnesses and the report that the script
 * {@code csto-bench/run} prints. See docs/PERFORMANCE.md.
 */
package org.cstokit.bench;
