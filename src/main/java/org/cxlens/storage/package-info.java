/** The project file (SQLite): schema, migrations, reads and writes. The only user of JDBC. */
package org.cxlens.storage;
