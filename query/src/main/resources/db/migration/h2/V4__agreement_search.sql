-- A searchable summary of each agreement, kept by the read side's agreement-search projection.
-- Ids compare by code point, so pages sort by id as on PostgreSQL (collation "C" there).
create table agreement_search (
    agreement_id      varchar(200)              not null primary key,
    kind              varchar(40),
    title             text,
    status            varchar(40),
    party_codes       text                       not null,
    scope_areas       text                       not null,
    -- Lower-cased title, party codes and names, statement texts and speakers; searched by substring.
    search_text       text                       not null,
    first_occurred_on date,
    last_occurred_on  date,
    version           bigint                     not null,
    last_recorded_at  timestamp with time zone   not null,
    state             text                       not null
);
create index agreement_search_kind on agreement_search (kind, agreement_id);
create index agreement_search_status on agreement_search (status, agreement_id);
create index agreement_search_occurred on agreement_search (last_occurred_on, first_occurred_on);

-- Each party code of an agreement, upper-cased.
create table agreement_search_party (
    code         varchar(100)             not null,
    agreement_id varchar(200)            not null,
    primary key (code, agreement_id)
);
create index agreement_search_party_agreement on agreement_search_party (agreement_id);

-- Each scope area of an agreement, trimmed and lower-cased.
create table agreement_search_scope (
    area         varchar(500)             not null,
    agreement_id varchar(200)            not null,
    primary key (area, agreement_id)
);
create index agreement_search_scope_agreement on agreement_search_scope (agreement_id);
