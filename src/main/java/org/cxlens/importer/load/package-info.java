/** The import loop: turns source rows into validated respondent records through a column mapping. */
package org.cxlens.importer.load;
