CREATE TABLE "teams_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"werkgroep_id" uuid NOT NULL,
	"tenant_ref" uuid NOT NULL,
	"team_id" text NOT NULL,
	"channel_id" text NOT NULL,
	"subfolder" text,
	"announcement_webhook_url" text,
	"drive_id" text,
	"folder_id" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "teams_mirror_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"version" integer,
	"message" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams_mirror_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"drive_item_id" text,
	"etag" text,
	"mirrored_version" integer,
	"mirrored_name" text,
	"mirrored_parent_id" text,
	"removed_at" timestamp with time zone,
	"upload_url" text,
	"upload_version" integer,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"lease_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_mirror_items_key" UNIQUE("link_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "teams_tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"consent" text DEFAULT 'PENDING' NOT NULL,
	"consent_error" text,
	"consent_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_tenants_region_tenant_key" UNIQUE("region_id","tenant_id")
);
--> statement-breakpoint
ALTER TABLE "teams_links" ADD CONSTRAINT "teams_links_werkgroep_id_werkgroepen_id_fk" FOREIGN KEY ("werkgroep_id") REFERENCES "public"."werkgroepen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_links" ADD CONSTRAINT "teams_links_tenant_ref_teams_tenants_id_fk" FOREIGN KEY ("tenant_ref") REFERENCES "public"."teams_tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_links" ADD CONSTRAINT "teams_links_created_by_id_persons_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_links" ADD CONSTRAINT "teams_links_removed_by_id_persons_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_mirror_events" ADD CONSTRAINT "teams_mirror_events_item_id_teams_mirror_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."teams_mirror_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_mirror_items" ADD CONSTRAINT "teams_mirror_items_link_id_teams_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."teams_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_mirror_items" ADD CONSTRAINT "teams_mirror_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_tenants" ADD CONSTRAINT "teams_tenants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teams_links_group_idx" ON "teams_links" USING btree ("werkgroep_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_links_active_key" ON "teams_links" USING btree ("werkgroep_id","tenant_ref","team_id","channel_id") WHERE "teams_links"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "teams_mirror_events_item_idx" ON "teams_mirror_events" USING btree ("item_id","at");--> statement-breakpoint
CREATE INDEX "teams_mirror_items_document_idx" ON "teams_mirror_items" USING btree ("document_id");