CREATE TABLE "loket_attempts" (
	"key" text NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loket_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kvk" text NOT NULL,
	"sector" text,
	"location" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loket_companies_kvk_key" UNIQUE("region_id","kvk")
);
--> statement-breakpoint
CREATE TABLE "loket_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"school_id" uuid,
	"person_id" uuid,
	"channel" text NOT NULL,
	"request_id" uuid,
	"note" text,
	"contacted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loket_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author" text NOT NULL,
	"person_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loket_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"type" text NOT NULL,
	"level" text,
	"period" text,
	"period_start" date,
	"period_end" date,
	"capacity" integer,
	"message" text,
	"status" text NOT NULL,
	"duplicate_of_id" uuid,
	"merged_into_id" uuid,
	"owner_id" uuid,
	"school_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"first_response_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_ms" bigint DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loket_requests_token_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "loket_routing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"request_type" text,
	"sector" text,
	"assignee_id" uuid NOT NULL,
	"school_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loket_sla_policies" (
	"region_id" uuid NOT NULL,
	"first_response_minutes" real NOT NULL,
	"resolution_minutes" real NOT NULL,
	"warn_before_minutes" real NOT NULL,
	"business_hours" boolean DEFAULT true NOT NULL,
	CONSTRAINT "loket_sla_policies_region_id_pk" PRIMARY KEY("region_id")
);
--> statement-breakpoint
ALTER TABLE "loket_companies" ADD CONSTRAINT "loket_companies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_contacts" ADD CONSTRAINT "loket_contacts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_contacts" ADD CONSTRAINT "loket_contacts_company_id_loket_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."loket_companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_contacts" ADD CONSTRAINT "loket_contacts_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_contacts" ADD CONSTRAINT "loket_contacts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_contacts" ADD CONSTRAINT "loket_contacts_request_id_loket_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."loket_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_messages" ADD CONSTRAINT "loket_messages_request_id_loket_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."loket_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_messages" ADD CONSTRAINT "loket_messages_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_requests" ADD CONSTRAINT "loket_requests_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_requests" ADD CONSTRAINT "loket_requests_company_id_loket_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."loket_companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_requests" ADD CONSTRAINT "loket_requests_owner_id_persons_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_routing_rules" ADD CONSTRAINT "loket_routing_rules_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_routing_rules" ADD CONSTRAINT "loket_routing_rules_assignee_id_persons_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loket_sla_policies" ADD CONSTRAINT "loket_sla_policies_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loket_attempts_key_idx" ON "loket_attempts" USING btree ("key","attempted_at");--> statement-breakpoint
CREATE INDEX "loket_contacts_company_idx" ON "loket_contacts" USING btree ("company_id","contacted_at");--> statement-breakpoint
CREATE INDEX "loket_messages_request_idx" ON "loket_messages" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "loket_requests_region_idx" ON "loket_requests" USING btree ("region_id","status","created_at");--> statement-breakpoint
CREATE INDEX "loket_requests_company_idx" ON "loket_requests" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "loket_routing_rules_region_idx" ON "loket_routing_rules" USING btree ("region_id");