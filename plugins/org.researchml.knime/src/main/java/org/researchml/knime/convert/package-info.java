/**
 * Conversion between KNIME tables and the core library's types, and the progress adapter that connects a KNIME
 * execution monitor to the core's {@link org.researchml.core.progress.ProgressListener}. Nodes convert only here,
 * so every node reads and writes the same column layout.
 */
package org.researchml.knime.convert;
