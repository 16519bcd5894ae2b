/**
 * Upgrading a database written by an earlier version: the schema changes are Flyway migrations
 * ({@code db/migration}); converting the runs stored the old way is a Java migration here.
 */
package org.disclosurerollup.upgrade;
