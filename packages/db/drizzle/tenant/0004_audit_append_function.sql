-- The audit trail is written only through append_audit_event (SECURITY DEFINER, owned by the schema owner): it
-- takes the chain head under a row lock, stamps seq and time, and computes the hash itself, in exactly the format
-- packages/domain/src/audit/audit-hash.ts verifies. The runner revokes INSERT on audit_events and every write on
-- audit_head from the application role, so the role can no longer append a forged event that still verifies.

-- Pin the functions' search_path to this tenant's schema, with pg_temp last so a temporary table cannot stand in
-- for the audit tables.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);
--> statement-breakpoint
-- Deterministic JSON as toCanonicalJson writes it: object keys sorted (by code point), no whitespace, scalars in
-- JSON's own spelling.
CREATE FUNCTION audit_canonical_json(doc jsonb) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT
AS $$
DECLARE
  result text;
BEGIN
  IF doc IS NULL THEN
    RETURN 'null';
  END IF;
  CASE jsonb_typeof(doc)
    WHEN 'object' THEN
      SELECT '{' || coalesce(string_agg(to_json(e.key)::text || ':' || audit_canonical_json(e.value), ','
                                        ORDER BY e.key COLLATE "C"), '') || '}'
        INTO result FROM jsonb_each(doc) AS e;
    WHEN 'array' THEN
      SELECT '[' || coalesce(string_agg(audit_canonical_json(a.value), ',' ORDER BY a.ord), '') || ']'
        INTO result FROM jsonb_array_elements(doc) WITH ORDINALITY AS a(value, ord);
    ELSE
      result := doc::text;
  END CASE;
  RETURN result;
END
$$;
--> statement-breakpoint
CREATE FUNCTION append_audit_event(
  p_actor_type text,
  p_actor_id text,
  p_action text,
  p_target_type text,
  p_target_id text,
  p_request_id text,
  p_data jsonb,
  p_dedupe_key text
) RETURNS TABLE (appended_seq bigint, appended_hash text)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path FROM CURRENT
AS $$
DECLARE
  head_seq bigint;
  head_hash text;
  next_seq bigint;
  stamped_at timestamptz := date_trunc('milliseconds', clock_timestamp());
  digest text;
  next_hash text;
BEGIN
  IF p_actor_type IS NULL OR p_actor_type NOT IN ('user', 'api_key', 'system') THEN
    RAISE EXCEPTION 'unknown audit actor type %', p_actor_type USING ERRCODE = '22023';
  END IF;
  INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT (id) DO NOTHING;
  -- The row lock serialises appends within this tenant only; other tenants have their own head.
  SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_head h WHERE h.id = 1 FOR UPDATE;
  -- Checked under the lock, so two appends of one event cannot both pass.
  IF p_dedupe_key IS NOT NULL AND EXISTS (SELECT 1 FROM audit_events e WHERE e.dedupe_key = p_dedupe_key) THEN
    RETURN;
  END IF;
  next_seq := head_seq + 1;
  digest := encode(sha256(convert_to(audit_canonical_json(p_data), 'UTF8')), 'hex');
  -- hash_n = SHA-256(hash_{n-1} || "\n" || canonical(event_n)), the keys of the event in sorted order.
  next_hash := encode(sha256(convert_to(head_hash || E'\n' || '{'
    || '"action":' || to_json(p_action)::text
    || ',"actorId":' || to_json(p_actor_id)::text
    || ',"actorType":' || to_json(p_actor_type)::text
    || ',"changeDigest":' || to_json(digest)::text
    || ',"occurredAt":' || to_json(to_char(stamped_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
    || ',"requestId":' || coalesce(to_json(p_request_id)::text, 'null')
    || ',"seq":' || next_seq::text
    || ',"targetId":' || to_json(p_target_id)::text
    || ',"targetType":' || to_json(p_target_type)::text
    || '}', 'UTF8')), 'hex');
  INSERT INTO audit_events (seq, occurred_at, actor_type, actor_id, action, target_type, target_id, request_id,
                            change_digest, data, dedupe_key, prev_hash, hash)
    VALUES (next_seq, stamped_at, p_actor_type, p_actor_id, p_action, p_target_type, p_target_id, p_request_id,
            digest, p_data, p_dedupe_key, head_hash, next_hash);
  UPDATE audit_head SET seq = next_seq, hash = next_hash WHERE id = 1;
  appended_seq := next_seq;
  appended_hash := next_hash;
  RETURN NEXT;
END
$$;
--> statement-breakpoint
SELECT set_config('search_path', quote_ident(current_schema()), true);
--> statement-breakpoint
-- Only the application role may call it (the runner grants EXECUTE after every run).
REVOKE ALL ON FUNCTION append_audit_event(text, text, text, text, text, text, jsonb, text) FROM PUBLIC;
