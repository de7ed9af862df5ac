package org.cxlens.cli;

/** {@code --format} of the analysis commands. */
enum OutputFormat {
    table, csv, json
}
