CREATE TABLE "feedback_channel" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"system_ids" uuid[] NOT NULL,
	"intro_ja" text DEFAULT '' NOT NULL,
	"intro_en" text DEFAULT '' NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_channel_single_row" CHECK ("feedback_channel"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "feedback_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"system_id" uuid,
	"message" text NOT NULL,
	"language" text NOT NULL,
	"contact" text,
	"category" text,
	"status" text DEFAULT 'new' NOT NULL,
	"ip_hash" text NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"triaged_at" timestamp (3) with time zone,
	"triaged_by" text,
	"dismiss_reason" text,
	"incident_id" uuid,
	CONSTRAINT "feedback_reports_reference_unique" UNIQUE("reference"),
	CONSTRAINT "feedback_reports_status_check" CHECK ("feedback_reports"."status" in ('new','dismissed','linked','promoted')),
	CONSTRAINT "feedback_reports_language_check" CHECK ("feedback_reports"."language" in ('ja','en'))
);
--> statement-breakpoint
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_reports_status_idx" ON "feedback_reports" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "feedback_reports_system_idx" ON "feedback_reports" USING btree ("system_id");