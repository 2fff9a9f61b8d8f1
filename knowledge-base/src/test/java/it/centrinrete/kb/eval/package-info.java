/**
 * The retrieval evaluation: questions written the way older people ask, each with the entry that answers it (or
 * none), run against our search and two baselines (plain BM25 with StandardAnalyzer, MiniLM embeddings).
 */
package it.centrinrete.kb.eval;
