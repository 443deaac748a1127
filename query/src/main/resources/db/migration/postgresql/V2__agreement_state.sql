-- The current state of each agreement, kept by the read side's agreement-state projection.
create table agreement_state (
    agreement_id     varchar(200)             not null primary key,
    version          bigint                   not null,
    state            text                     not null,
    last_recorded_at timestamp with time zone not null
);
