-- check_eraser.sql - memflush check: may the connected role run forget and prune? Read-only.
-- $1 the table as a quoted identifier.
-- can_delete: DELETE privilege and (no row level security for it, or a permissive DELETE
-- policy for a role it has the privileges of: memflush_eraser after migrations/0003)
-- can_tombstone: INSERT and UPDATE on public.memflush_tombstones (0003 creates it)
-- has_tombstones: the table exists (migrations/0003_forget.sql applied)
SELECT coalesce(has_table_privilege(c.oid, 'DELETE'), false)
       AND (NOT c.relrowsecurity OR r.rolbypassrls
            OR (pg_has_role(current_user, c.relowner, 'USAGE') AND NOT c.relforcerowsecurity)
            OR EXISTS (SELECT 1 FROM pg_policy p
                        WHERE p.polrelid = c.oid AND p.polcmd IN ('d', '*') AND p.polpermissive
                          AND (0::oid = ANY (p.polroles)
                               OR EXISTS (SELECT 1 FROM unnest(p.polroles) AS pr(roid)
                                           WHERE pr.roid <> 0
                                             AND pg_has_role(current_user, pr.roid, 'USAGE')))))
                                                                        AS can_delete,
       coalesce(to_regclass('public.memflush_tombstones') IS NOT NULL
                AND has_table_privilege('public.memflush_tombstones', 'INSERT')
                AND has_table_privilege('public.memflush_tombstones', 'UPDATE'), false)
                                                                        AS can_tombstone,
       to_regclass('public.memflush_tombstones') IS NOT NULL               AS has_tombstones
  FROM pg_roles r
  LEFT JOIN pg_class c ON c.oid = to_regclass($1)
 WHERE r.rolname = current_user
