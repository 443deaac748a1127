-- Idempotency keys (accord.http.idempotency, docs/clerks.md): one row per principal and key.
-- A request claims its key by inserting the row (the primary key lets exactly one in, on any node),
-- runs, then stores its answer in the row; a retry with the same key and the same fingerprint (a
-- SHA-256 of method, path and canonical body) gets the stored answer instead of running again.
-- claimed_by and claimed_until mark a request still running: a row whose claim lapsed without an
-- answer (its node stopped) may be claimed again. Rows are purged once expires_at has passed.
create table idempotency_key (
    principal         varchar(255)             not null,
    idempotency_key   varchar(255)             not null,
    fingerprint       varchar(64)              not null,
    claimed_by        varchar(36),
    claimed_until     timestamp with time zone,
    expires_at        timestamp with time zone not null,
    response_status   integer,
    response_type     varchar(255),
    response_etag     varchar(100),
    response_location varchar(2048),
    response_body     bytea,
    primary key (principal, idempotency_key)
);

create index idempotency_key_expires_at on idempotency_key (expires_at);
