package it.centrinrete.kb.load;

import it.centrinrete.kb.content.Activity;
import it.centrinrete.kb.content.Centre;
import it.centrinrete.kb.content.CentreKind;
import it.centrinrete.kb.content.Entry;
import it.centrinrete.kb.content.EntryType;
import it.centrinrete.kb.content.Faq;
import it.centrinrete.kb.content.Guide;
import it.centrinrete.kb.content.GuideStep;
import it.centrinrete.kb.content.Service;
import it.centrinrete.kb.hours.OpeningHours;
import java.util.ArrayList;
import java.util.List;

/** Builds one entry from the fields of a native YAML file; the entry type comes from the file's folder. */
public final class NativeEntryReader {
    private NativeEntryReader() {
    }

    public static Entry read(FieldMap fields, EntryType folderType) {
        fields.get("type").ifPresent(type -> {
            EntryType declared = Located.build(type, () -> EntryType.fromWireName(type.asString()));
            if (declared != folderType) {
                throw type.error("says '" + declared.wireName() + "' but the file is in the folder of " + folderType.folder());
            }
        });
        return switch (folderType) {
            case CENTRE -> centre(fields);
            case SERVICE -> service(fields);
            case ACTIVITY -> activity(fields);
            case GUIDE -> guide(fields);
            case FAQ -> faq(fields);
        };
    }

    private static Centre centre(FieldMap f) {
        var kind = Located.build(f.require("kind"), () -> CentreKind.parse(f.string("kind")));
        var address = CommonFields.address(f).orElseThrow(() -> new FieldException(f.line(), "address", "is required but missing"));
        int municipio = f.get("municipio").map(Field::asInt).orElse(0);
        var location = CommonFields.coordinates(f).orElse(null);
        var hours = openingHours(f);
        var phones = CommonFields.phones(f);
        var provenance = CommonFields.provenance(f);
        return Located.build(f, () -> new Centre(f.optionalString("id"), f.optionalString("name"), kind,
            f.optionalString("description"), address, municipio, f.optionalString("neighbourhood"), location, hours, phones,
            f.optionalString("email"), f.optionalString("accessibility"), f.optionalString("howToGetThere"), f.strings("keywords"),
            provenance));
    }

    private static Service service(FieldMap f) {
        var address = CommonFields.address(f).orElse(null);
        var location = CommonFields.coordinates(f).orElse(null);
        var hours = openingHours(f);
        var phones = CommonFields.phones(f);
        var provenance = CommonFields.provenance(f);
        return Located.build(f, () -> new Service(f.optionalString("id"), f.optionalString("name"), f.optionalString("description"),
            f.optionalString("eligibility"), f.strings("howToAccess"), f.strings("documents"), f.optionalString("cost"),
            f.optionalString("provider"), f.strings("centres"), f.optionalString("where"), address, location, hours,
            f.optionalString("when"), phones, f.optionalString("email"), f.optionalString("website"), f.strings("languages"),
            f.strings("keywords"), provenance));
    }

    private static Activity activity(FieldMap f) {
        var schedule = ScheduleReader.read(f.require("schedule").asMap());
        int capacity = f.require("capacity").asInt();
        boolean waitlist = f.bool("waitlist", false);
        var provenance = CommonFields.provenance(f);
        return Located.build(f, () -> new Activity(f.optionalString("id"), f.optionalString("title"), f.optionalString("description"),
            f.optionalString("centre"), f.optionalString("room"), f.optionalString("cost"), f.optionalString("requirements"),
            schedule, capacity, waitlist, f.strings("keywords"), provenance));
    }

    private static Guide guide(FieldMap f) {
        List<GuideStep> steps = new ArrayList<>();
        for (Field item : f.list("steps")) {
            if (item.isMap()) {
                FieldMap step = item.asMap();
                steps.add(Located.build(step, () -> new GuideStep(step.optionalString("text"), step.optionalString("hint"))));
            } else {
                steps.add(Located.build(item, () -> new GuideStep(item.asString(), "")));
            }
        }
        var provenance = CommonFields.provenance(f);
        return Located.build(f, () -> new Guide(f.optionalString("id"), f.optionalString("title"), f.optionalString("description"),
            steps, f.strings("keywords"), provenance));
    }

    private static Faq faq(FieldMap f) {
        var provenance = CommonFields.provenance(f);
        return Located.build(f, () -> new Faq(f.optionalString("id"), f.strings("questions"), f.optionalString("answer"),
            f.strings("related"), f.strings("keywords"), provenance));
    }

    private static OpeningHours openingHours(FieldMap f) {
        return f.map("openingHours").map(OpeningHoursReader::read).orElse(OpeningHours.none());
    }

}
