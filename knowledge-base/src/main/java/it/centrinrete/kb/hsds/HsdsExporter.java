package it.centrinrete.kb.hsds;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.Content;
import it.centrinrete.kb.content.Service;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the services of a content as an HSDS 3.0 JSON array of service objects, each with its centres as
 * locations, so that other service directories can take our data. What HSDS cannot hold is left out: dated
 * exceptions to the hours, the public-holiday rule, a centre's kind and municipio.
 */
public final class HsdsExporter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // the caller owns the stream and may write more to it
    private final ObjectMapper mapper = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Writes every service of {@code content} as UTF-8 JSON; an I/O failure is thrown as {@link UncheckedIOException}. */
    public void write(Content content, OutputStream out) {
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(out, services(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HSDS export", e);
        }
    }

    public String toJson(Content content) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(services(content));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HSDS export", e);
        }
    }

    private static ArrayNode services(Content content) {
        ArrayNode services = JSON.arrayNode();
        content.stream(Service.class).forEach(service -> services.add(service(service, content)));
        return services;
    }

    private static ObjectNode service(Service service, Content content) {
        ObjectNode node = JSON.objectNode();
        node.put("id", service.id());
        node.put("name", service.name());
        node.put("description", service.description());
        HsdsLocationWriter.text(node, "url", service.website());
        HsdsLocationWriter.text(node, "email", service.email());
        node.put("status", "active");
        HsdsLocationWriter.text(node, "eligibility_description", service.eligibility());
        // one step per line: the importer splits on lines, so the steps come back as they were
        HsdsLocationWriter.text(node, "application_process", String.join("\n", service.howToAccess()));
        HsdsLocationWriter.text(node, "fees_description", service.cost());
        node.put("assured_date", service.provenance().lastReviewed().toString());
        node.put("last_modified", service.provenance().lastReviewed().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        if (!service.provider().isEmpty()) {
            ObjectNode organization = node.putObject("organization");
            organization.put("id", HsdsIds.of("organization", service.provider()));
            organization.put("name", service.provider());
        }
        node.set("phones", HsdsLocationWriter.phones(service.id(), service.phones()));
        ArrayNode languages = node.putArray("languages");
        service.languages().forEach(name -> languages.addObject().put("id", HsdsIds.of("language", name)).put("name", name));
        node.set("schedules", HsdsScheduleWriter.schedules(service.id(), service.openingHours(),
            List.of(service.when(), service.openingHours().note())));
        node.set("service_at_locations", places(service, content));
        ArrayNode documents = node.putArray("required_documents");
        service.documents().forEach(text -> documents.addObject().put("id", HsdsIds.of(service.id(), "document", text))
            .put("document", text));
        ArrayNode attributes = node.putArray("attributes");
        for (String keyword : service.keywords()) {
            String termId = HsdsIds.of("keyword", keyword);
            ObjectNode attribute = attributes.addObject();
            attribute.put("id", HsdsIds.of(service.id(), "attribute", keyword));
            attribute.put("taxonomy_term_id", termId);
            attribute.putObject("taxonomy_term").put("id", termId).put("name", keyword).put("taxonomy", "centrinrete keywords");
        }
        return node;
    }

    /** The service's own place first, then its centres, as the importer takes the first address for the service. */
    private static ArrayNode places(Service service, Content content) {
        ArrayNode places = JSON.arrayNode();
        HsdsLocationWriter.ownPlace(service).ifPresent(location -> at(places, service, location));
        for (String centreId : service.centres()) {
            content.find(centreId, Centre.class).ifPresent(centre -> at(places, service, HsdsLocationWriter.centre(centre)));
        }
        return places;
    }

    private static void at(ArrayNode places, Service service, ObjectNode location) {
        ObjectNode at = places.addObject();
        at.put("id", HsdsIds.of(service.id(), "at", location.get("id").asText()));
        at.set("location", location);
    }
}
