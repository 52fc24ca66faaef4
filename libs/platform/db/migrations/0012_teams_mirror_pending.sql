ALTER TABLE "teams_mirror_items" ADD COLUMN "pending_name" text;--> statement-breakpoint
ALTER TABLE "teams_mirror_items" ADD COLUMN "pending_parent_id" text;--> statement-breakpoint
ALTER TABLE "teams_mirror_items" ADD COLUMN "pending_sha256" text;