/**
 * Import and export of the Open Referral Human Services Data Specification (HSDS 3.x), the JSON format in which
 * directories of social services are exchanged. Import maps HSDS services and their locations onto the knowledge
 * base's own services and centres, dropping each invalid value with a problem report instead of losing the whole
 * service; export writes our services back as HSDS so that other directories can take them.
 */
package it.centrinrete.kb.hsds;
