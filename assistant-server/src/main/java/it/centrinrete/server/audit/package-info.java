/** The audit log: who changed what through the console, and when. */
package it.centrinrete.server.audit;
