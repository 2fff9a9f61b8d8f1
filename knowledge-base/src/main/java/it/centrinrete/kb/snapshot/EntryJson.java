package it.centrinrete.kb.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.content.InvalidEntryException;

/**
 * Entries as JSON, exactly as the records hold them: {@code {"type": "centre", "entry": {…}}}. Reading goes through
 * the records' constructors, so a snapshot (or a database row) can never bring an invalid entry in.
 */
public final class EntryJson {
    private final ObjectMapper mapper = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        // derived accessors such as OpeningHours.isEmpty() are written too; reading ignores them
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ObjectMapper mapper() {
        return mapper;
    }

    public JsonNode toTree(Entry entry) {
        ObjectNode node = mapper.createObjectNode();
        node.put("type", entry.type().wireName());
        node.set("entry", mapper.valueToTree(entry));
        return node;
    }

    public String toJson(Entry entry) {
        return toTree(entry).toString();
    }

    public Entry fromTree(JsonNode node) {
        EntryType type = EntryType.fromWireName(node.path("type").asText());
        JsonNode body = node.path("entry");
        try {
            return switch (type) {
                case CENTRE -> mapper.treeToValue(body, Centre.class);
                case SERVICE -> mapper.treeToValue(body, Service.class);
                case ACTIVITY -> mapper.treeToValue(body, Activity.class);
                case GUIDE -> mapper.treeToValue(body, Guide.class);
                case FAQ -> mapper.treeToValue(body, Faq.class);
            };
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidEntryException invalid) {
                throw invalid;
            }
            throw new InvalidEntryException("entry", "is not a valid " + type.wireName() + ": " + e.getOriginalMessage());
        }
    }

    public Entry fromJson(String json) {
        try {
            return fromTree(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidEntryException("entry", "is not JSON: " + e.getOriginalMessage());
        }
    }
}
