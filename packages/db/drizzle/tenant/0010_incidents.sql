CREATE TABLE "incident_systems" (
	"incident_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "incident_systems_incident_id_system_id_pk" PRIMARY KEY("incident_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "incident_timeline" (
	"incident_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"note" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "incident_timeline_incident_id_seq_pk" PRIMARY KEY("incident_id","seq")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"severity" text NOT NULL,
	"categories" text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"occurred_at" timestamp (3) with time zone,
	"detected_at" timestamp (3) with time zone NOT NULL,
	"aware_at" timestamp (3) with time zone NOT NULL,
	"reporter" text,
	"containment" text,
	"root_cause" text,
	"corrective_actions" jsonb NOT NULL,
	"personal_data" jsonb,
	"next_due_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_severity_check" CHECK ("incidents"."severity" in ('low','medium','high','critical')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('open','contained','resolved','closed')),
	CONSTRAINT "incidents_aware_after_detected" CHECK ("incidents"."aware_at" >= "incidents"."detected_at")
);
--> statement-breakpoint
ALTER TABLE "incident_systems" ADD CONSTRAINT "incident_systems_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_systems" ADD CONSTRAINT "incident_systems_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_timeline" ADD CONSTRAINT "incident_timeline_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_systems_system_idx" ON "incident_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incidents_next_due_idx" ON "incidents" USING btree ("next_due_at");