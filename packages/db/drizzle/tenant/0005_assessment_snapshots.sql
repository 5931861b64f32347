CREATE TABLE "assessment_snapshots" (
	"assessment_id" uuid NOT NULL,
	"snapshot_hash" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"risk" jsonb NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assessment_snapshots_assessment_id_snapshot_hash_pk" PRIMARY KEY("assessment_id","snapshot_hash")
);
--> statement-breakpoint
ALTER TABLE "assessment_snapshots" ADD CONSTRAINT "assessment_snapshots_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Keep what was submitted before this table existed: the one snapshot each assessment still holds.
INSERT INTO "assessment_snapshots" ("assessment_id", "snapshot_hash", "snapshot", "risk", "submitted_by", "submitted_at")
SELECT "id", "snapshot_hash", "snapshot", "risk", "submitted_by", "submitted_at" FROM "assessments"
WHERE "snapshot_hash" IS NOT NULL AND "snapshot" IS NOT NULL AND "risk" IS NOT NULL
  AND "submitted_by" IS NOT NULL AND "submitted_at" IS NOT NULL
ON CONFLICT DO NOTHING;
