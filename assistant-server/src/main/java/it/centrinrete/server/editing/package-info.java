/**
 * Editing the knowledge base from the console: entries written in the native content format's fields, drafts that are
 * stored but not searched, publishing through the same validation as a content file, and the listing operators
 * search and review.
 */
package it.centrinrete.server.editing;
