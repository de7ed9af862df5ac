/** Records and enums of the CX domain: no I/O, no JavaFX, no JDBC. */
package org.cxlens.domain;
