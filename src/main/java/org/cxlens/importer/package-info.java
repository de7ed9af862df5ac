/** Sniffing, readers (CSV, XLSX streaming, XLS), header layouts, column mapping, suggestions, validation. */
package org.cxlens.importer;
