/** The drivers page: the importance–performance matrix and its table, and the outcome choice shared with the priorities page. */
package org.cxlens.ui.drivers;
