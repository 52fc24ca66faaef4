CREATE TABLE "teams_drift_cursors" (
	"link_id" uuid PRIMARY KEY NOT NULL,
	"delta_link" text,
	"lease_until" timestamp with time zone,
	"last_scan_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "teams_drifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"drive_item_id" text NOT NULL,
	"teams_etag" text,
	"teams_name" text,
	"size" bigint,
	"modified_by" text,
	"modified_at" timestamp with time zone,
	"detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	"resolved_by_id" uuid,
	"imported_version" integer
);
--> statement-breakpoint
ALTER TABLE "teams_drift_cursors" ADD CONSTRAINT "teams_drift_cursors_link_id_teams_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."teams_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_drifts" ADD CONSTRAINT "teams_drifts_item_id_teams_mirror_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."teams_mirror_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_drifts" ADD CONSTRAINT "teams_drifts_resolved_by_id_persons_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "teams_drifts_open_key" ON "teams_drifts" USING btree ("item_id") WHERE "teams_drifts"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "teams_drifts_item_idx" ON "teams_drifts" USING btree ("item_id","detected_at");