CREATE TABLE "person_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"status" text DEFAULT 'preparing' NOT NULL,
	"tables_done" integer DEFAULT 0 NOT NULL,
	"tables_total" integer NOT NULL,
	"file_name" text,
	"size_bytes" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "person_exports_person_idx" ON "person_exports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_exports_expires_idx" ON "person_exports" USING btree ("expires_at");