package it.centrinrete.kb.hours;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Whether a place is open at a moment, and when that changes: what the assistant says when asked "is it open now?".
 *
 * @param changesAt the closing time when open, the next opening when closed; empty when no change is known
 *     within the look-ahead (a place that never opens, or one open round the clock)
 * @param holidayName the name of today's public holiday, if today is one, so the answer can say why it is closed
 */
public record OpenStatus(boolean open, Optional<ZonedDateTime> changesAt, Optional<String> holidayName) {
    public OpenStatus {
        changesAt = changesAt == null ? Optional.empty() : changesAt;
        holidayName = holidayName == null ? Optional.empty() : holidayName;
    }
}
