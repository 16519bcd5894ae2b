/**
 * Reading submissions: inspecting a file (type, charset, delimiter, header) and streaming its rows as raw text, plus
 * the restartable Spring Batch reader over all files of a run. Nothing here judges values; that is {@code checking}.
 */
package org.disclosurerollup.reading;
