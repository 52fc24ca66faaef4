CREATE TABLE "region_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"school_id" uuid,
	"person_id" uuid NOT NULL,
	"email" text NOT NULL,
	"invited_name" text,
	"role" text NOT NULL,
	"layer" text NOT NULL,
	"invited_by_id" uuid,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "loket_messages" ADD COLUMN "origin_request_id" uuid;--> statement-breakpoint
ALTER TABLE "loket_requests" ADD COLUMN "submitted_company" jsonb;--> statement-breakpoint
ALTER TABLE "region_invitations" ADD CONSTRAINT "region_invitations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_invitations" ADD CONSTRAINT "region_invitations_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_invitations" ADD CONSTRAINT "region_invitations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_invitations" ADD CONSTRAINT "region_invitations_invited_by_id_persons_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_invitations_person_idx" ON "region_invitations" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "region_invitations_region_idx" ON "region_invitations" USING btree ("region_id","status");--> statement-breakpoint
ALTER TABLE "loket_messages" ADD CONSTRAINT "loket_messages_origin_request_id_loket_requests_id_fk" FOREIGN KEY ("origin_request_id") REFERENCES "public"."loket_requests"("id") ON DELETE set null ON UPDATE no action;