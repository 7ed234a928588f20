-- flush_timeout.sql - bounds every statement of the transaction (SET LOCAL, as a function
-- so the value is a parameter): $1 = milliseconds (--statement-timeout-ms). Local to the
-- transaction, so no session state is left behind on a pooled connection.
SELECT set_config('statement_timeout', $1, true)
