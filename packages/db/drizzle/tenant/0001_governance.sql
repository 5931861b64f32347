CREATE TABLE "assessment_answers" (
	"assessment_id" uuid NOT NULL,
	"requirement_id" text NOT NULL,
	"answer" jsonb NOT NULL,
	"carried_forward" boolean DEFAULT false NOT NULL,
	"confirmed" boolean DEFAULT true NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_answers_assessment_id_requirement_id_pk" PRIMARY KEY("assessment_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"cycle" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"catalog_versions" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"snapshot_hash" text,
	"snapshot" jsonb,
	"risk" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_system_cycle_unique" UNIQUE("system_id","cycle"),
	CONSTRAINT "assessments_status_check" CHECK ("assessments"."status" in ('in_progress','submitted','approved','rejected','superseded'))
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"sha256" text,
	"content" "bytea",
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lifecycle_transitions" (
	"system_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"action" text NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "lifecycle_transitions_system_id_seq_pk" PRIMARY KEY("system_id","seq")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_id" text NOT NULL,
	"system_id" uuid,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "risk_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"requirement_id" text NOT NULL,
	"description" text NOT NULL,
	"owner_id" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_log_assessment_requirement_unique" UNIQUE("assessment_id","requirement_id")
);
--> statement-breakpoint
CREATE TABLE "sign_offs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"system_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"snapshot_hash" text NOT NULL,
	"decision" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"attestation" text NOT NULL,
	"comment" text,
	"signer_id" text NOT NULL,
	"signer_name" text NOT NULL,
	"submitted_by" text NOT NULL,
	"auth_method" text NOT NULL,
	"authenticated_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_offs_assessment_signer_unique" UNIQUE("assessment_id","signer_id"),
	CONSTRAINT "sign_offs_segregation_of_duties" CHECK ("sign_offs"."signer_id" <> "sign_offs"."submitted_by"),
	CONSTRAINT "sign_offs_decision_check" CHECK ("sign_offs"."decision" in ('approve','approve_with_conditions','reject'))
);
--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "role_determination" jsonb;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "risk" jsonb;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "workflow_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "current_assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "ai_systems" ADD COLUMN "next_review_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_transitions" ADD CONSTRAINT "lifecycle_transitions_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_log" ADD CONSTRAINT "risk_log_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_log" ADD CONSTRAINT "risk_log_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_system_idx" ON "evidence" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at");