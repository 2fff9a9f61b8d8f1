package it.centrinrete.kb.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An immutable set of entries with unique ids, in the order they were added. */
public final class Content {
    private final Map<String, Entry> byId;
    /** Built on first use: "what is on at my centre" is asked all day, and a walk over every entry grows with them. */
    private volatile Map<String, List<Activity>> activitiesByCentre;

    private Content(Map<String, Entry> byId) {
        this.byId = byId;
    }

    public static Content of(Collection<? extends Entry> entries) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (byId.putIfAbsent(entry.id(), entry) != null) {
                throw new InvalidEntryException("id", "'" + entry.id() + "' is used by two entries");
            }
        }
        return new Content(byId);
    }

    public static Content empty() {
        return new Content(Map.of());
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public <T extends Entry> Optional<T> find(String id, Class<T> type) {
        return find(id).filter(type::isInstance).map(type::cast);
    }

    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    public <T extends Entry> List<T> all(Class<T> type) {
        return stream(type).toList();
    }

    public <T extends Entry> Stream<T> stream(Class<T> type) {
        return byId.values().stream().filter(type::isInstance).map(type::cast);
    }

    /** The activities held at a centre, in content order; empty for a centre with none or an unknown id. */
    public List<Activity> activitiesAt(String centreId) {
        Map<String, List<Activity>> byCentre = activitiesByCentre;
        if (byCentre == null) {
            byCentre = stream(Activity.class).collect(Collectors.groupingBy(Activity::centre, LinkedHashMap::new,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
            activitiesByCentre = byCentre;
        }
        return byCentre.getOrDefault(centreId, List.of());
    }

    public int size() {
        return byId.size();
    }

    /** A copy with {@code entry} added, or replacing the entry with its id. */
    public Content with(Entry entry) {
        return withAll(List.of(entry));
    }

    /** A copy with these entries added, each replacing the entry with its id; one copy however many entries. */
    public Content withAll(Collection<? extends Entry> entries) {
        Map<String, Entry> copy = new LinkedHashMap<>(byId);
        entries.forEach(entry -> copy.put(entry.id(), entry));
        return new Content(copy);
    }

    public Content without(String id) {
        Map<String, Entry> copy = new LinkedHashMap<>(byId);
        copy.remove(id);
        return new Content(copy);
    }

    /**
     * Where an entry is: a centre's position, a service's own and those of every centre it is offered at (a service
     * at two libraries is as near as the nearer one), an activity's centre; empty when none is known.
     */
    public List<GeoPoint> locationsOf(Entry entry) {
        List<GeoPoint> points = new ArrayList<>();
        switch (entry) {
            case Centre centre -> points.add(centre.location());
            case Service service -> {
                points.add(service.location());
                service.centres().forEach(id -> find(id, Centre.class).ifPresent(centre -> points.add(centre.location())));
            }
            case Activity activity -> find(activity.centre(), Centre.class).ifPresent(centre -> points.add(centre.location()));
            case Guide guide -> {
            }
            case Faq faq -> {
            }
        }
        return points.stream().filter(Objects::nonNull).distinct().toList();
    }
}
