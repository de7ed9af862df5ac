/**
 * An open project and the operations both front ends need (DESIGN §7): the one way the CLI and
 * the app open a project for analysis. Depends on storage, analysis and domain; never on a
 * front end.
 */
package org.cxlens.workspace;
