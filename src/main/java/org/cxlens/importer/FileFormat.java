package org.cxlens.importer;

/** The file formats the importer reads. */
public enum FileFormat {
    CSV, XLSX, XLS
}
