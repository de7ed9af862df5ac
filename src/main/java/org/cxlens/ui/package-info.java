/** JavaFX views, view models, charts, CSS and dialogs. Nothing below this layer knows JavaFX. */
package org.cxlens.ui;
