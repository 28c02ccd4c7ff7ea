CREATE TABLE "external_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"rater_unit_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"item" jsonb NOT NULL,
	"item_key" text NOT NULL,
	"level" text,
	"comment" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"rated_by" uuid,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"target_unit_id" uuid NOT NULL,
	"indicator_code" text,
	"category" text NOT NULL,
	"severity" text NOT NULL,
	"description" text NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "external_sheets" (
	"campaign_id" uuid NOT NULL,
	"rater_unit_id" uuid NOT NULL,
	"state" text DEFAULT 'notStarted' NOT NULL,
	"returned_reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "external_sheets_campaign_id_rater_unit_id_pk" PRIMARY KEY("campaign_id","rater_unit_id")
);
--> statement-breakpoint
ALTER TABLE "external_assignments" ADD CONSTRAINT "external_assignments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_assignments" ADD CONSTRAINT "external_assignments_rater_unit_id_units_id_fk" FOREIGN KEY ("rater_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_assignments" ADD CONSTRAINT "external_assignments_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_assignments" ADD CONSTRAINT "external_assignments_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_findings" ADD CONSTRAINT "external_findings_assignment_id_external_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."external_assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_findings" ADD CONSTRAINT "external_findings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_findings" ADD CONSTRAINT "external_findings_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_findings" ADD CONSTRAINT "external_findings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_sheets" ADD CONSTRAINT "external_sheets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_sheets" ADD CONSTRAINT "external_sheets_rater_unit_id_units_id_fk" FOREIGN KEY ("rater_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_sheets" ADD CONSTRAINT "external_sheets_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_assignments_unique" ON "external_assignments" USING btree ("campaign_id","rater_unit_id","target_unit_id","item_key");--> statement-breakpoint
CREATE INDEX "external_assignments_rater_idx" ON "external_assignments" USING btree ("campaign_id","rater_unit_id");--> statement-breakpoint
CREATE INDEX "external_assignments_target_idx" ON "external_assignments" USING btree ("campaign_id","target_unit_id");--> statement-breakpoint
CREATE INDEX "external_findings_assignment_idx" ON "external_findings" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "external_findings_target_idx" ON "external_findings" USING btree ("campaign_id","target_unit_id");