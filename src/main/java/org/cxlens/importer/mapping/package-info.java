/**
 * What the columns of a survey file mean: column roles, scales, answer labels, missing codes,
 * the suggestions made from header text and sample values, and the reusable JSON profile.
 */
package org.cxlens.importer.mapping;
