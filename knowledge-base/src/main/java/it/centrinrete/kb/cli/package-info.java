/** The command-line search over a content folder: the knowledge base's main job until the server arrives. */
package it.centrinrete.kb.cli;
