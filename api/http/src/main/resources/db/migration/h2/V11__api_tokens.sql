-- API tokens (accord.http.tokens, docs/roles.md): bearer tokens that ADMIN issues, each bound to one role
-- and a name; requests made with one are recorded by token:<name>.
--
-- Only a token's SHA-256 is kept (hex, lower case): the token is 32 random bytes, so a fast hash is as
-- strong as a slow one and every request can check it. The token itself is shown once, when issued.
-- A token is accepted while revoked_at is null and expires_at (if any) is later than now; every request
-- reads its row, so a revocation holds on every node at once. Revoked tokens stay listed.
create table api_token (
    id           varchar(40)              not null primary key,
    name         varchar(64)              not null,
    role         varchar(20)              not null check (role in ('CLERK', 'AUDITOR', 'INTEGRATOR', 'ADMIN')),
    token_hash   varchar(64)              not null,
    -- The first characters of the token (acc_ and 4 more), so an operator can tell which token leaked.
    token_prefix varchar(16)              not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(200)             not null,
    expires_at   timestamp with time zone,
    -- Written at most once a minute per token, not on every request.
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(200),
    constraint api_token_hash_key unique (token_hash)
);
create index api_token_created on api_token (created_at, id);
