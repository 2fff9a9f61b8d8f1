-- Operator, tutor and admin accounts for the console; passwords only as bcrypt hashes.
CREATE TABLE account (
    username      VARCHAR(60)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    centre_id     VARCHAR(200),
    created_at    TIMESTAMP    NOT NULL
);
