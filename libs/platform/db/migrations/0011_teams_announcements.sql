CREATE TABLE "teams_announcement_documents" (
	"announcement_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_announcement_documents_announcement_id_document_id_pk" PRIMARY KEY("announcement_id","document_id"),
	CONSTRAINT "teams_announcement_documents_link_key" UNIQUE("link_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "teams_announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"link_id" uuid NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"document_count" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_announcement_documents" ADD CONSTRAINT "teams_announcement_documents_announcement_id_teams_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."teams_announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_announcement_documents" ADD CONSTRAINT "teams_announcement_documents_link_id_teams_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."teams_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_announcement_documents" ADD CONSTRAINT "teams_announcement_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_announcements" ADD CONSTRAINT "teams_announcements_link_id_teams_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."teams_links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "teams_announcements_link_idx" ON "teams_announcements" USING btree ("link_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_announcements_open_key" ON "teams_announcements" USING btree ("link_id") WHERE "teams_announcements"."status" = 'OPEN';