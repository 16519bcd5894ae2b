/**
 * Tools, not product: consistent random figures, the shipped demo input ({@code input/2017}, {@code input/2024})
 * and the benchmark's input and reference ({@code bench/benchmark.sh}). Run through the Maven profiles
 * {@code demo-input}, {@code bench-input} and {@code bench}.
 */
package org.disclosurerollup.demo;
