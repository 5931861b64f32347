CREATE TABLE "incident_clock_alerts" (
	"incident_id" uuid NOT NULL,
	"clock_kind" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"alert" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_clock_alerts_incident_id_clock_kind_due_at_alert_pk" PRIMARY KEY("incident_id","clock_kind","due_at","alert")
);
--> statement-breakpoint
CREATE TABLE "incident_filings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"clock_kind" text NOT NULL,
	"rule_id" text NOT NULL,
	"filed_at" timestamp (3) with time zone NOT NULL,
	"filed_by" text NOT NULL,
	"channel" text NOT NULL,
	"reference" text,
	"note" text,
	"document_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_filings_incident_clock_unique" UNIQUE("incident_id","clock_kind"),
	CONSTRAINT "incident_filings_channel_check" CHECK ("incident_filings"."channel" in ('ppc_online_form','email','post','in_person','other'))
);
--> statement-breakpoint
ALTER TABLE "incident_clock_alerts" ADD CONSTRAINT "incident_clock_alerts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_filings" ADD CONSTRAINT "incident_filings_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE no action ON UPDATE no action;