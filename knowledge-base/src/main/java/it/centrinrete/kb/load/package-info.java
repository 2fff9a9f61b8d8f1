/**
 * Reading content files (native YAML, one entry per file, and HSDS JSON) into entries, reporting every problem
 * with its file, line and field without ever letting one bad file stop the others.
 */
package it.centrinrete.kb.load;
