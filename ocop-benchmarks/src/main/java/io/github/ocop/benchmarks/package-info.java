/** JMH benchmarks of scoring and loading, with an Easy Rules version and a naive baseline (see docs/performance.md). */
package io.github.ocop.benchmarks;
