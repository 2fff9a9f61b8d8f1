/** HTTP plumbing shared by the services: JSON bodies and the JSON error contract of api.md. */
package it.centrinrete.server.http;
