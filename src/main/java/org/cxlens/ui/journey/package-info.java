/** The journey page: share delighted and share needing recovery per touchpoint, left to right in journey order. */
package org.cxlens.ui.journey;
