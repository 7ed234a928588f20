-- check_role.sql - memflush check: who the connection is and what it may do with the table.
-- Read-only; changes nothing. $1 = the table as a quoted identifier ("public"."chat_memories").
-- owner:          the role has the owner's privileges (member of the owning role), so row
--                 level security does not apply unless the table forces it
-- insert_policy / select_policy: a permissive policy for that command names PUBLIC or a role
--                 this one has the privileges of (memflush_writer after migrations/0002)
SELECT current_user::text                                               AS role,
       r.rolsuper                                                       AS superuser,
       r.rolbypassrls                                                   AS bypassrls,
       c.oid IS NOT NULL                                                AS table_exists,
       coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false)  AS owner,
       coalesce(c.relrowsecurity, false)                                AS rls_enabled,
       coalesce(c.relforcerowsecurity, false)                           AS rls_forced,
       coalesce(has_table_privilege(c.oid, 'INSERT'), false)            AS can_insert,
       coalesce(has_table_privilege(c.oid, 'SELECT'), false)            AS can_select,
       coalesce((SELECT pg_has_role(current_user, w.oid, 'USAGE')
                   FROM pg_roles w WHERE w.rolname = 'memflush_writer'), false) AS writer_member,
       EXISTS (SELECT 1 FROM pg_policy p
                WHERE p.polrelid = c.oid AND p.polcmd IN ('a', '*') AND p.polpermissive
                  AND (0::oid = ANY (p.polroles)
                       OR EXISTS (SELECT 1 FROM unnest(p.polroles) AS pr(roid)
                                   WHERE pr.roid <> 0 AND pg_has_role(current_user, pr.roid, 'USAGE'))))
                                                                        AS insert_policy,
       EXISTS (SELECT 1 FROM pg_policy p
                WHERE p.polrelid = c.oid AND p.polcmd IN ('r', '*') AND p.polpermissive
                  AND (0::oid = ANY (p.polroles)
                       OR EXISTS (SELECT 1 FROM unnest(p.polroles) AS pr(roid)
                                   WHERE pr.roid <> 0 AND pg_has_role(current_user, pr.roid, 'USAGE'))))
                                                                        AS select_policy,
       EXISTS (SELECT 1 FROM pg_policy p
                WHERE p.polrelid = c.oid AND p.polname LIKE 'memflush\_writer\_%')
                                                                        AS writer_policies
  FROM pg_roles r
  LEFT JOIN pg_class c ON c.oid = to_regclass($1)
 WHERE r.rolname = current_user
