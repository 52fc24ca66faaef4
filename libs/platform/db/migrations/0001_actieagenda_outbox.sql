CREATE TABLE "actie_owners" (
	"actie_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "actie_owners_actie_id_person_id_pk" PRIMARY KEY("actie_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "actie_partner_schools" (
	"actie_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	CONSTRAINT "actie_partner_schools_actie_id_school_id_pk" PRIMARY KEY("actie_id","school_id")
);
--> statement-breakpoint
CREATE TABLE "actieagendas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actieagendas_region_key" UNIQUE("region_id")
);
--> statement-breakpoint
CREATE TABLE "actielijnen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"focus_years" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "actielijnen_agenda_number_key" UNIQUE("agenda_id","number")
);
--> statement-breakpoint
CREATE TABLE "acties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actielijn_id" uuid NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"target" text,
	"lead_school_id" uuid,
	"period_start" date,
	"period_end" date,
	"status" text DEFAULT 'OP_KOERS' NOT NULL,
	"closure" text,
	"closed_at" timestamp with time zone,
	"progress_mode" text DEFAULT 'DIRECT' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"cadence_days" integer DEFAULT 7 NOT NULL,
	"next_check_in_due" date,
	"is_public" boolean DEFAULT false NOT NULL,
	"public_summary" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "acties_lijn_title_key" UNIQUE("actielijn_id","title")
);
--> statement-breakpoint
CREATE TABLE "bijstellingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actie_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"what" text NOT NULL,
	"why" text NOT NULL,
	"before" text,
	"after" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_in_reminders" (
	"actie_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_in_reminders_actie_id_due_date_pk" PRIMARY KEY("actie_id","due_date")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actie_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"date" date NOT NULL,
	"status" text NOT NULL,
	"progress" integer NOT NULL,
	"text" text NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actie_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actie_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"text" text NOT NULL,
	"meeting_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actie_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actie_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"question" text,
	"outcome" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "outbox_key_key" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "actie_owners" ADD CONSTRAINT "actie_owners_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_owners" ADD CONSTRAINT "actie_owners_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_partner_schools" ADD CONSTRAINT "actie_partner_schools_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_partner_schools" ADD CONSTRAINT "actie_partner_schools_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actieagendas" ADD CONSTRAINT "actieagendas_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actielijnen" ADD CONSTRAINT "actielijnen_agenda_id_actieagendas_id_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."actieagendas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acties" ADD CONSTRAINT "acties_actielijn_id_actielijnen_id_fk" FOREIGN KEY ("actielijn_id") REFERENCES "public"."actielijnen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acties" ADD CONSTRAINT "acties_lead_school_id_schools_id_fk" FOREIGN KEY ("lead_school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bijstellingen" ADD CONSTRAINT "bijstellingen_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bijstellingen" ADD CONSTRAINT "bijstellingen_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_reminders" ADD CONSTRAINT "check_in_reminders_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_decisions" ADD CONSTRAINT "actie_decisions_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_decisions" ADD CONSTRAINT "actie_decisions_author_id_persons_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_reviews" ADD CONSTRAINT "actie_reviews_actie_id_acties_id_fk" FOREIGN KEY ("actie_id") REFERENCES "public"."acties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_reviews" ADD CONSTRAINT "actie_reviews_requested_by_persons_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actie_reviews" ADD CONSTRAINT "actie_reviews_decided_by_persons_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."persons"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actie_owners_person_idx" ON "actie_owners" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "acties_lijn_idx" ON "acties" USING btree ("actielijn_id");--> statement-breakpoint
CREATE INDEX "acties_parent_idx" ON "acties" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "bijstellingen_actie_idx" ON "bijstellingen" USING btree ("actie_id");--> statement-breakpoint
CREATE INDEX "check_ins_actie_idx" ON "check_ins" USING btree ("actie_id","created_at");--> statement-breakpoint
CREATE INDEX "actie_decisions_actie_idx" ON "actie_decisions" USING btree ("actie_id");--> statement-breakpoint
CREATE INDEX "actie_reviews_actie_idx" ON "actie_reviews" USING btree ("actie_id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","run_after");