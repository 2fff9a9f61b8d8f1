package it.centrinrete.kb.hsds;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for the HSDS objects our model has no id for (phones, schedules, addresses). HSDS requires a UUID on every
 * object; deriving it from the owner's id keeps it the same on every export, so a consumer can follow changes.
 */
final class HsdsIds {
    private HsdsIds() {
    }

    static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
