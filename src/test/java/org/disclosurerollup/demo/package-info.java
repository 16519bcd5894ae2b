/**
 * Tools, not product: consistent random figures, the shipped demo input ({@code input/2017}, {@code input/2024})
 * and the benchmark input. Run through the Maven profiles {@code demo-input} and {@code bench-input}.
 */
package org.disclosurerollup.demo;
