CREATE TABLE "job_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"note" text,
	"payload" jsonb,
	"result" jsonb,
	"error" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "correction_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"subject" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decision_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "history_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"event_date" date NOT NULL,
	"type" text NOT NULL,
	"doc_no" text,
	"description" text NOT NULL,
	"quota_delta" jsonb,
	"post_delta" jsonb
);
--> statement-breakpoint
CREATE TABLE "internal_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"name" text NOT NULL,
	"rank" text,
	"in_mandate" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leader_posts" (
	"unit_id" uuid NOT NULL,
	"level" text NOT NULL,
	"approved" integer NOT NULL,
	"actual" integer
);
--> statement-breakpoint
CREATE TABLE "mandate_duties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	"doc_no" text,
	"status" text DEFAULT 'active' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_name" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"quota" integer NOT NULL,
	"headcount" integer NOT NULL,
	"workload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"work_unit_id" uuid,
	"seconded_since" date,
	"internal_body_id" uuid,
	"name" text NOT NULL,
	"id_number_encrypted" text NOT NULL,
	"id_number_hash" text NOT NULL,
	"id_number_masked" text NOT NULL,
	"sex" text,
	"birth_date" date,
	"education" text,
	"staffing_type" text NOT NULL,
	"funding_form" text,
	"post" text,
	"grade" text,
	"leader_level" text,
	"leader_rank" text,
	"over_rank_approved" boolean DEFAULT false NOT NULL,
	"entry_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"staff_member_id" uuid,
	"person_name" text NOT NULL,
	"kind" text NOT NULL,
	"staffing_type" text NOT NULL,
	"event_date" date NOT NULL,
	"processed_on" date,
	"reason" text,
	"doc_no" text,
	"approval_no" text,
	"had_approval" boolean,
	"approved_at_entry" integer,
	"headcount_after_entry" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staffing_snapshots" (
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"quota" integer NOT NULL,
	"headcount" integer NOT NULL,
	CONSTRAINT "staffing_snapshots_unit_id_month_pk" PRIMARY KEY("unit_id","month")
);
--> statement-breakpoint
CREATE TABLE "workloads" (
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"measure" text NOT NULL,
	"value" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"day" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text
);
--> statement-breakpoint
CREATE TABLE "warning_scans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trigger" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"units_scanned" integer,
	"hits" integer,
	"opened" integer,
	"closed" integer,
	"status" text DEFAULT 'running' NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "warning_settings" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"severity" text NOT NULL,
	"params" jsonb NOT NULL,
	"message" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_detected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "founding_doc_no" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "internal_bodies_approved" integer;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "non_quota_cap" integer;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "non_quota_headcount" integer;--> statement-breakpoint
ALTER TABLE "correction_requests" ADD CONSTRAINT "correction_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "history_events" ADD CONSTRAINT "history_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_bodies" ADD CONSTRAINT "internal_bodies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leader_posts" ADD CONSTRAINT "leader_posts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandate_duties" ADD CONSTRAINT "mandate_duties_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_work_unit_id_units_id_fk" FOREIGN KEY ("work_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_members" ADD CONSTRAINT "staff_members_internal_body_id_internal_bodies_id_fk" FOREIGN KEY ("internal_body_id") REFERENCES "public"."internal_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_movements" ADD CONSTRAINT "staff_movements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_movements" ADD CONSTRAINT "staff_movements_staff_member_id_staff_members_id_fk" FOREIGN KEY ("staff_member_id") REFERENCES "public"."staff_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staffing_snapshots" ADD CONSTRAINT "staffing_snapshots_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workloads" ADD CONSTRAINT "workloads_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_settings" ADD CONSTRAINT "warning_settings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warnings" ADD CONSTRAINT "warnings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "correction_requests_unit_idx" ON "correction_requests" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "history_events_unit_idx" ON "history_events" USING btree ("unit_id","event_date");--> statement-breakpoint
CREATE INDEX "internal_bodies_unit_idx" ON "internal_bodies" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "leader_posts_unit_level_uq" ON "leader_posts" USING btree ("unit_id","level");--> statement-breakpoint
CREATE INDEX "mandate_duties_unit_idx" ON "mandate_duties" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_benchmarks_uq" ON "peer_benchmarks" USING btree ("region_name","name","year");--> statement-breakpoint
CREATE INDEX "staff_members_unit_idx" ON "staff_members" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "staff_members_body_idx" ON "staff_members" USING btree ("internal_body_id");--> statement-breakpoint
CREATE INDEX "staff_members_id_hash_idx" ON "staff_members" USING btree ("id_number_hash");--> statement-breakpoint
CREATE INDEX "staff_movements_unit_idx" ON "staff_movements" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workloads_unit_year_measure_uq" ON "workloads" USING btree ("unit_id","year","measure");--> statement-breakpoint
CREATE INDEX "warnings_unit_idx" ON "warnings" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "warnings_code_status_idx" ON "warnings" USING btree ("code","status");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_live_uq" ON "warnings" USING btree ("code","unit_id","key");