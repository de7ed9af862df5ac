/** The touchpoints page: a 100 % class bar per touchpoint with its moment type, target and vs-rest marks. */
package org.cxlens.ui.touchpoints;
