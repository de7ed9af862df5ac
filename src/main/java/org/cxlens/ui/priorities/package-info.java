/** The priorities page: the action list ranked by gap to target × importance. */
package org.cxlens.ui.priorities;
