/**
 * The questions kiosks could not answer, as operators work through them: grouped by similarity, turned into a FAQ or
 * linked to an existing entry in one step, or marked handled.
 */
package it.centrinrete.server.questions;
