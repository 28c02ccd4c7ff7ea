CREATE TABLE "supervision_slips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slip_no" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"inspected_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"inspector_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"suggestion" text DEFAULT '' NOT NULL,
	"attachment_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"unit_comment" text,
	"decision" text,
	"decision_note" text,
	"created_by" uuid,
	"sent_at" timestamp with time zone,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"settled_by" uuid,
	"settled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_slips_slip_no_unique" UNIQUE("slip_no")
);
--> statement-breakpoint
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_slips" ADD CONSTRAINT "supervision_slips_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_slips_unit_idx" ON "supervision_slips" USING btree ("unit_id","inspected_on");--> statement-breakpoint
CREATE INDEX "supervision_slips_status_idx" ON "supervision_slips" USING btree ("status");