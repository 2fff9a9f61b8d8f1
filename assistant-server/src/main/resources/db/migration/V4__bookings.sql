-- Activity sessions, bookings and idempotency keys. Shared by H2 and PostgreSQL: only types and syntax both understand.

-- A session appears here once something happens to it: the first booking, or an operator adding, moving or
-- cancelling it. Until then it exists only as an occurrence of its activity's weekly schedule in the content.
CREATE TABLE activity_session (
    id           VARCHAR(250)    NOT NULL PRIMARY KEY,
    activity_id  VARCHAR(200)    NOT NULL,
    centre_id    VARCHAR(200)    NOT NULL,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity     INTEGER         NOT NULL,
    confirmed    INTEGER         DEFAULT 0 NOT NULL,
    waitlisted   INTEGER         DEFAULT 0 NOT NULL,
    waitlist     BOOLEAN         NOT NULL,
    -- SCHEDULED, CANCELLED, MOVED
    status       VARCHAR(12)     NOT NULL,
    -- SCHEDULE (an occurrence of the activity's recurrence) or OPERATOR (added by hand, or the new time of a move)
    origin       VARCHAR(12)     NOT NULL,
    moved_to     VARCHAR(250),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the last guard against overbooking: whatever the code does, the database refuses more seats than exist
    CONSTRAINT activity_session_seats CHECK (confirmed >= 0 AND confirmed <= capacity AND waitlisted >= 0),
    CONSTRAINT activity_session_capacity CHECK (capacity BETWEEN 1 AND 500)
);

CREATE INDEX activity_session_starts_at ON activity_session (starts_at);

CREATE TABLE booking (
    code         VARCHAR(12)     NOT NULL PRIMARY KEY,
    session_id   VARCHAR(250)    NOT NULL REFERENCES activity_session (id),
    -- CONFIRMED, WAITLISTED, CANCELLED
    status       VARCHAR(12)     NOT NULL,
    -- personal data, emptied by the retention job: "tel:+39…" or "card:…", the name, the phone, the card
    holder_key   VARCHAR(80),
    name         VARCHAR(80),
    phone        VARCHAR(20),
    card         VARCHAR(32),
    kiosk_name   VARCHAR(120),
    -- the order bookings of one session were made in, counted under the session's lock: the waiting list's order,
    -- independent of the clocks of the servers that took them
    queue_no     INTEGER         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PERSON, OPERATOR, SESSION_CANCELLED
    cancel_reason VARCHAR(20),
    attended     BOOLEAN,
    -- why an operator should phone this person (PROMOTED, SESSION_CANCELLED, SESSION_MOVED); null when nobody needs to
    call_reason  VARCHAR(20),
    anonymised   BOOLEAN         DEFAULT FALSE NOT NULL
);

CREATE INDEX booking_session ON booking (session_id, status, queue_no);
CREATE INDEX booking_holder ON booking (holder_key, status);

CREATE TABLE idempotency_key (
    kiosk_name   VARCHAR(120)    NOT NULL,
    idem_key     VARCHAR(100)    NOT NULL,
    request_hash CHAR(64)        NOT NULL,
    status       INTEGER         NOT NULL,
    response     VARCHAR(4000)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kiosk_name, idem_key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
