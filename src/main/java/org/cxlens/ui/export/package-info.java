/** File → Export…: the dialog that writes a deliverable of the open project under the window's filter. */
package org.cxlens.ui.export;
