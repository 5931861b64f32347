CREATE TABLE "ai_systems" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"business_unit_id" uuid,
	"owner_id" uuid,
	"lifecycle_state" text DEFAULT 'draft' NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"profile" jsonb NOT NULL,
	"vendor" text,
	"model_name" text,
	"deployment_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"risk_tier" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_systems_lifecycle_state_check" CHECK ("ai_systems"."lifecycle_state" in ('draft','assessment','signoff','active','review','suspended','retired')),
	CONSTRAINT "ai_systems_risk_tier_check" CHECK ("ai_systems"."risk_tier" is null or "ai_systems"."risk_tier" in ('low','medium','high'))
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text NOT NULL,
	"request_id" text,
	"change_digest" text NOT NULL,
	"data" jsonb NOT NULL,
	"dedupe_key" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_events_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "audit_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "business_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_definitions" (
	"role" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_ja" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tenant_policy" (
	"id" smallint PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_systems" ADD CONSTRAINT "ai_systems_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "business_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_systems_owner_idx" ON "ai_systems" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "ai_systems_business_unit_idx" ON "ai_systems" USING btree ("business_unit_id");--> statement-breakpoint
CREATE INDEX "audit_events_target_idx" ON "audit_events" USING btree ("target_type","target_id");