ALTER TABLE "staff_movements" ADD COLUMN "note" text;--> statement-breakpoint
CREATE INDEX "staff_movements_staff_idx" ON "staff_movements" USING btree ("staff_member_id");