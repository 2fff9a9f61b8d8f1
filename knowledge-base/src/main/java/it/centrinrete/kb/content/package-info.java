/**
 * The knowledge base's content model: centres, services, activities, guides and FAQ entries, as records
 * that validate themselves on construction so that no invalid entry can exist anywhere in the system.
 */
package it.centrinrete.kb.content;
