CREATE TABLE "regulator_request_alerts" (
	"request_id" uuid NOT NULL,
	"alert_key" text NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regulator_request_alerts_request_id_alert_key_pk" PRIMARY KEY("request_id","alert_key")
);
--> statement-breakpoint
CREATE TABLE "regulator_request_incidents" (
	"request_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	CONSTRAINT "regulator_request_incidents_request_id_incident_id_pk" PRIMARY KEY("request_id","incident_id")
);
--> statement-breakpoint
CREATE TABLE "regulator_request_systems" (
	"request_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "regulator_request_systems_request_id_system_id_pk" PRIMARY KEY("request_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "regulator_request_timeline" (
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text NOT NULL,
	"note" text NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "regulator_request_timeline_request_id_seq_pk" PRIMARY KEY("request_id","seq")
);
--> statement-breakpoint
CREATE TABLE "regulator_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"authority" text NOT NULL,
	"authority_name" text,
	"kind" text NOT NULL,
	"legal_basis" text,
	"reference" text,
	"received_at" timestamp (3) with time zone NOT NULL,
	"response_due_at" timestamp (3) with time zone,
	"summary" text NOT NULL,
	"owner_id" text,
	"status" text DEFAULT 'received' NOT NULL,
	"response" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regulator_requests_status_check" CHECK ("regulator_requests"."status" in ('received','in_progress','responded','closed')),
	CONSTRAINT "regulator_requests_due_after_received" CHECK ("regulator_requests"."response_due_at" is null or "regulator_requests"."response_due_at" >= "regulator_requests"."received_at"),
	CONSTRAINT "regulator_requests_response_check" CHECK ("regulator_requests"."status" not in ('responded','closed') or "regulator_requests"."response" is not null)
);
--> statement-breakpoint
ALTER TABLE "regulator_request_alerts" ADD CONSTRAINT "regulator_request_alerts_request_id_regulator_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "regulator_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_request_incidents" ADD CONSTRAINT "regulator_request_incidents_request_id_regulator_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "regulator_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_request_incidents" ADD CONSTRAINT "regulator_request_incidents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_request_systems" ADD CONSTRAINT "regulator_request_systems_request_id_regulator_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "regulator_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_request_systems" ADD CONSTRAINT "regulator_request_systems_system_id_ai_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "ai_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulator_request_timeline" ADD CONSTRAINT "regulator_request_timeline_request_id_regulator_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "regulator_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regulator_request_systems_system_idx" ON "regulator_request_systems" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "regulator_requests_status_idx" ON "regulator_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "regulator_requests_due_idx" ON "regulator_requests" USING btree ("response_due_at");