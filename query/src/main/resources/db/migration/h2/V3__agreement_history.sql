-- Every event of every agreement, kept by the read side's agreement-history projection.
-- recorded_at serves the filters; recorded_instant keeps the event's timestamp exactly (it may
-- carry nanoseconds), so a state folded from these rows equals the live one.
create table agreement_history (
    agreement_id          varchar(200)             not null,
    version               bigint                   not null,
    position              bigint                   not null,
    event_type            varchar(100)             not null,
    revision              varchar(50),
    occurred_on_date      varchar(10),
    occurred_on_precision varchar(5),
    occurred_earliest     date,
    occurred_latest       date,
    recorded_at           timestamp with time zone not null,
    recorded_instant      varchar(40)              not null,
    recorded_by           varchar(200),
    correlation_id        varchar(200),
    causation_id          varchar(200),
    sources               text                     not null,
    payload               text                     not null,
    corrects              bigint,
    primary key (agreement_id, version)
);

create index agreement_history_corrections on agreement_history (agreement_id, corrects);

-- Links recorded on one agreement, found from the agreement they point to.
create table agreement_link (
    agreement_id          varchar(200)             not null,
    version               bigint                   not null,
    target_agreement_id   varchar(200)             not null,
    relation              varchar(50),
    note                  text,
    occurred_on_date      varchar(10),
    occurred_on_precision varchar(5),
    position              bigint                   not null,
    recorded_at           timestamp with time zone not null,
    withdrawn_at          timestamp with time zone,
    primary key (agreement_id, version)
);

create index agreement_link_target on agreement_link (target_agreement_id, position);
