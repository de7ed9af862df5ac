/** The departments page: a 100 % class bar per owning department, each opening to the touchpoints it owns. */
package org.cxlens.ui.departments;
