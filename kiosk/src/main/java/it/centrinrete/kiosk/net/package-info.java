/** The kiosk's side of the assistant server's API (api.md): the port the screens use and its HTTP implementation. */
package it.centrinrete.kiosk.net;
