/**
 * The knowledge-base snapshot: the whole content and the synonym list in one file, which a kiosk downloads and
 * keeps on disk to answer from its own index while the server cannot be reached.
 */
package it.centrinrete.kb.snapshot;
