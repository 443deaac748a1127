-- What a command holding an Idempotency-Key recorded, written in the command's own transaction
-- (accord.http.idempotency.IdempotentCommit): a key whose node stopped after the commit but before
-- the answer was stored is answered from these (the receipt rebuilt) instead of running again.
alter table idempotency_key add column recorded_agreement varchar(200);
alter table idempotency_key add column recorded_version bigint;
