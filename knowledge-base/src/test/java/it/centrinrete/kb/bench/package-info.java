/** JMH benchmarks of the knowledge base: search latency and index build time, on the sample and on 20,000 entries. */
package it.centrinrete.kb.bench;
