CREATE TABLE "loket_audit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"person_id" uuid,
	"person_name" text NOT NULL,
	"action" text NOT NULL,
	"what" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loket_canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loket_canned_replies_title_key" UNIQUE("region_id","title")
);
--> statement-breakpoint
CREATE TABLE "loket_sign_in_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loket_sign_in_links_token_key" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "loket_audit" ADD CONSTRAINT "loket_audit_request_id_loket_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."loket_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_audit" ADD CONSTRAINT "loket_audit_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_canned_replies" ADD CONSTRAINT "loket_canned_replies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_sign_in_links" ADD CONSTRAINT "loket_sign_in_links_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loket_audit_request_idx" ON "loket_audit" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "loket_audit_person_idx" ON "loket_audit" USING btree ("person_id","request_id","at");--> statement-breakpoint
CREATE INDEX "loket_sign_in_links_expires_idx" ON "loket_sign_in_links" USING btree ("expires_at");