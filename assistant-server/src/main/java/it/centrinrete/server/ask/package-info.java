/**
 * The ask use case: a kiosk's question in Italian becomes a grounded answer — text for the screen, text for the
 * synthesiser, the entries it comes from, follow-ups and actions — with per-session conversation state.
 */
package it.centrinrete.server.ask;
