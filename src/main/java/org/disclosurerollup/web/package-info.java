/**
 * The web console ({@code serve}): login, the year chooser and the year page (status of every unit, uploads, run now
 * with live progress, run history, downloads from the output folder). Loaded only in the web application context.
 */
package org.disclosurerollup.web;
